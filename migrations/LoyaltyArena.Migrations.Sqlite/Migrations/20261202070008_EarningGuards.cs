using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EarningGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HeldPoints",
                table: "SaleRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "HeldReason",
                table: "SaleRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Review",
                table: "SaleRecords",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "ReviewNote",
                table: "SaleRecords",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "SaleRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewedBy",
                table: "SaleRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxPointsPerMemberDay",
                table: "ProgramRules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MaxSalesValuePerMemberDayIdr",
                table: "ProgramRules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxUnitsPerSaleLine",
                table: "ProgramRules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.UpdateData(
                table: "ProgramRules",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "MaxPointsPerMemberDay", "MaxSalesValuePerMemberDayIdr", "MaxUnitsPerSaleLine" },
                values: new object[] { 50000, null, 1000 });

            migrationBuilder.CreateIndex(
                name: "IX_SaleRecords_Review_CreatedAt",
                table: "SaleRecords",
                columns: new[] { "Review", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SaleRecords_Review_CreatedAt",
                table: "SaleRecords");

            migrationBuilder.DropColumn(
                name: "HeldPoints",
                table: "SaleRecords");

            migrationBuilder.DropColumn(
                name: "HeldReason",
                table: "SaleRecords");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "SaleRecords");

            migrationBuilder.DropColumn(
                name: "ReviewNote",
                table: "SaleRecords");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "SaleRecords");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "SaleRecords");

            migrationBuilder.DropColumn(
                name: "MaxPointsPerMemberDay",
                table: "ProgramRules");

            migrationBuilder.DropColumn(
                name: "MaxSalesValuePerMemberDayIdr",
                table: "ProgramRules");

            migrationBuilder.DropColumn(
                name: "MaxUnitsPerSaleLine",
                table: "ProgramRules");
        }
    }
}
