using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SaleScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SaleRecords_ExternalId",
                table: "SaleRecords");

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "SaleRecords",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(LoyaltyArena.Core.Data.SaleScopeBackfill.Scope);

            migrationBuilder.CreateIndex(
                name: "IX_SaleRecords_Scope_ExternalId",
                table: "SaleRecords",
                columns: new[] { "Scope", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SaleRecords_Scope_ExternalId",
                table: "SaleRecords");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "SaleRecords");

            migrationBuilder.CreateIndex(
                name: "IX_SaleRecords_ExternalId",
                table: "SaleRecords",
                column: "ExternalId",
                unique: true);
        }
    }
}
