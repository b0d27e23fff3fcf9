using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RewardFulfilment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Fulfilment",
                table: "Rewards",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Code");

            migrationBuilder.Sql(LoyaltyArena.Core.Data.RewardBackfill.Fulfilment);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Fulfilment",
                table: "Rewards");
        }
    }
}
