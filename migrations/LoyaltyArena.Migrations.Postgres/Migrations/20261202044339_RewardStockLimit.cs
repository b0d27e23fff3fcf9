using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RewardStockLimit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddCheckConstraint(
                name: "CK_Rewards_StockMax",
                table: "Rewards",
                sql: "\"Stock\" <= 1000000");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Rewards_StockMax",
                table: "Rewards");
        }
    }
}
