using System;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LoyaltyArena.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PointsEconomy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BaseAmount",
                table: "LedgerEntries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MultiplierPercent",
                table: "LedgerEntries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Qualifies",
                table: "LedgerEntries",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ReversesEntryId",
                table: "LedgerEntries",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActorId = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TargetType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TargetId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    TextKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Args = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DedupKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PointLots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    LedgerEntryId = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<int>(type: "integer", nullable: false),
                    Remaining = table.Column<int>(type: "integer", nullable: false),
                    EarnedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointLots", x => x.Id);
                    table.CheckConstraint("CK_PointLots_Remaining", "\"Remaining\" >= 0 AND \"Remaining\" <= \"Amount\"");
                    table.ForeignKey(
                        name: "FK_PointLots_LedgerEntries_LedgerEntryId",
                        column: x => x.LedgerEntryId,
                        principalTable: "LedgerEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PointLots_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgramRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    TierWindowMonths = table.Column<int>(type: "integer", nullable: false),
                    ExpiryMonths = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    MultiplierPercent = table.Column<int>(type: "integer", nullable: false),
                    BenefitsId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    BenefitsEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Color = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tiers", x => x.Id);
                    table.CheckConstraint("CK_Tiers_Multiplier", "\"MultiplierPercent\" BETWEEN 100 AND 500");
                });

            migrationBuilder.CreateTable(
                name: "MemberTiers",
                columns: table => new
                {
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    TierId = table.Column<int>(type: "integer", nullable: false),
                    QualifyingPoints = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberTiers", x => x.MemberId);
                    table.ForeignKey(
                        name: "FK_MemberTiers_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MemberTiers_Tiers_TierId",
                        column: x => x.TierId,
                        principalTable: "Tiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "ProgramRules",
                columns: new[] { "Id", "ExpiryMonths", "TierWindowMonths" },
                values: new object[] { 1, 12, 12 });

            migrationBuilder.InsertData(
                table: "Tiers",
                columns: new[] { "Id", "BenefitsEn", "BenefitsId", "Color", "MultiplierPercent", "Name", "Threshold" },
                values: new object[,]
                {
                    { 1, "Earn points from trainings, quizzes, challenges and sales.", "Kumpulkan poin dari pelatihan, kuis, tantangan, dan penjualan.", "#a0612b", 100, "Bronze", 0 },
                    { 2, "x1.1 points on every activity and sale.", "Poin x1,1 untuk setiap aktivitas dan penjualan.", "#5f6b75", 110, "Silver", 1000 },
                    { 3, "x1.25 points and Gold-only rewards.", "Poin x1,25 dan hadiah khusus Gold.", "#9a7208", 125, "Gold", 5000 },
                    { 4, "x1.5 points, exclusive rewards and invitations to brand events.", "Poin x1,5, hadiah eksklusif, dan undangan acara brand.", "#3c4f76", 150, "Platinum", 15000 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_MemberId_Qualifies_CreatedAt",
                table: "LedgerEntries",
                columns: new[] { "MemberId", "Qualifies", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CreatedAt",
                table: "AuditEntries",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TargetType_TargetId",
                table: "AuditEntries",
                columns: new[] { "TargetType", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberTiers_TierId",
                table: "MemberTiers",
                column: "TierId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DedupKey",
                table: "Notifications",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_MemberId_ReadAt",
                table: "Notifications",
                columns: new[] { "MemberId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PointLots_ExpiresAt_Remaining",
                table: "PointLots",
                columns: new[] { "ExpiresAt", "Remaining" });

            migrationBuilder.CreateIndex(
                name: "IX_PointLots_LedgerEntryId",
                table: "PointLots",
                column: "LedgerEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointLots_MemberId_ExpiresAt",
                table: "PointLots",
                columns: new[] { "MemberId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Name",
                table: "Tiers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Threshold",
                table: "Tiers",
                column: "Threshold",
                unique: true);

            // Ledger rows are append-only; the one-time backfill lifts the guard and puts it back.
            migrationBuilder.Sql(LedgerTriggers.PostgresDrop);
            migrationBuilder.Sql(EconomyBackfill.Postgres);
            migrationBuilder.Sql(LedgerTriggers.Postgres);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "MemberTiers");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PointLots");

            migrationBuilder.DropTable(
                name: "ProgramRules");

            migrationBuilder.DropTable(
                name: "Tiers");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_MemberId_Qualifies_CreatedAt",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "BaseAmount",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "MultiplierPercent",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "Qualifies",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "ReversesEntryId",
                table: "LedgerEntries");
        }
    }
}
