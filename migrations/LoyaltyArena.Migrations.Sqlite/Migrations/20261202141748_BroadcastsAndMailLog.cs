using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BroadcastsAndMailLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MemberId",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Skipped",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Mail queued before this version named no member: the address tells who it was for.
            migrationBuilder.Sql("""
                UPDATE "OutboxMessages" SET "MemberId" =
                    (SELECT MIN(m."Id") FROM "Members" m WHERE m."NormalizedEmail" = UPPER("OutboxMessages"."Recipient"))
                WHERE "MemberId" IS NULL
                """);

            migrationBuilder.CreateTable(
                name: "Broadcasts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TargetPartnerKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TargetRegion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TargetMinTierId = table.Column<int>(type: "INTEGER", nullable: true),
                    TargetStoreSize = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TargetActivity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedById = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SendAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false),
                    Emails = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Broadcasts", x => x.Id);
                    table.CheckConstraint("CK_Broadcasts_Counts", "\"Recipients\" >= 0 AND \"Emails\" >= 0");
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MemberId_Id",
                table: "OutboxMessages",
                columns: new[] { "MemberId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_MemberId_CreatedAt",
                table: "Notifications",
                columns: new[] { "MemberId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Broadcasts_SentAt_SendAt",
                table: "Broadcasts",
                columns: new[] { "SentAt", "SendAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Broadcasts");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_MemberId_Id",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_MemberId_CreatedAt",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "MemberId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Skipped",
                table: "OutboxMessages");
        }
    }
}
