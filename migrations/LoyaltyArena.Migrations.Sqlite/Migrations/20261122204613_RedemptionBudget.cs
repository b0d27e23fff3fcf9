using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RedemptionBudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "MonthlyBudgetIdr",
                table: "ProgramRules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.UpdateData(
                table: "ProgramRules",
                keyColumn: "Id",
                keyValue: 1,
                column: "MonthlyBudgetIdr",
                value: null);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MonthlyBudgetIdr",
                table: "ProgramRules");
        }
    }
}
