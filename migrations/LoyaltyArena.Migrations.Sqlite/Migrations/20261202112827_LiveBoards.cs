using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LiveBoards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BoardAnonymous",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PreviousRank",
                table: "LeaderboardScores",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RankedDay",
                table: "LeaderboardScores",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnerScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Board = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PreviousRank = table.Column<int>(type: "INTEGER", nullable: true),
                    RankedDay = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerScores_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerScores_Board_PeriodKey_PartnerId",
                table: "PartnerScores",
                columns: new[] { "Board", "PeriodKey", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerScores_Board_PeriodKey_Points",
                table: "PartnerScores",
                columns: new[] { "Board", "PeriodKey", "Points" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerScores_PartnerId",
                table: "PartnerScores",
                column: "PartnerId");

            // Boards that existed only for everyone get their region, partner type, store and distributor rows from the
            // everyone rows (which hold exactly the qualifying points per member and period).
            migrationBuilder.Sql("""
                INSERT INTO "LeaderboardScores" ("Board", "PeriodKey", "MemberId", "Points", "UpdatedAt")
                SELECT 'region:' || p."Region", s."PeriodKey", s."MemberId", s."Points", s."UpdatedAt"
                FROM "LeaderboardScores" s JOIN "Members" m ON m."Id" = s."MemberId" JOIN "Partners" p ON p."Id" = m."PartnerId"
                WHERE s."Board" = 'all';
                INSERT INTO "LeaderboardScores" ("Board", "PeriodKey", "MemberId", "Points", "UpdatedAt")
                SELECT 'type:' || p."Kind", s."PeriodKey", s."MemberId", s."Points", s."UpdatedAt"
                FROM "LeaderboardScores" s JOIN "Members" m ON m."Id" = s."MemberId" JOIN "Partners" p ON p."Id" = m."PartnerId"
                WHERE s."Board" = 'all';
                INSERT INTO "PartnerScores" ("Board", "PeriodKey", "PartnerId", "Points", "UpdatedAt")
                SELECT 'stores', s."PeriodKey", m."PartnerId", SUM(s."Points"), MAX(s."UpdatedAt")
                FROM "LeaderboardScores" s JOIN "Members" m ON m."Id" = s."MemberId" JOIN "Partners" p ON p."Id" = m."PartnerId"
                WHERE s."Board" = 'all' AND p."Kind" IN ('Store', 'Retailer')
                GROUP BY s."PeriodKey", m."PartnerId";
                INSERT INTO "PartnerScores" ("Board", "PeriodKey", "PartnerId", "Points", "UpdatedAt")
                SELECT 'distributors', x."PeriodKey", x."DistributorId", SUM(x."Points"), MAX(x."UpdatedAt")
                FROM (SELECT s."PeriodKey", s."Points", s."UpdatedAt",
                             CASE WHEN p."Kind" = 'Distributor' THEN p."Id" WHEN pp."Kind" = 'Distributor' THEN pp."Id" WHEN ppp."Kind" = 'Distributor' THEN ppp."Id" END AS "DistributorId"
                      FROM "LeaderboardScores" s JOIN "Members" m ON m."Id" = s."MemberId" JOIN "Partners" p ON p."Id" = m."PartnerId"
                      LEFT JOIN "Partners" pp ON pp."Id" = p."ParentId" LEFT JOIN "Partners" ppp ON ppp."Id" = pp."ParentId"
                      WHERE s."Board" = 'all') x
                WHERE x."DistributorId" IS NOT NULL
                GROUP BY x."PeriodKey", x."DistributorId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerScores");

            migrationBuilder.DropColumn(
                name: "BoardAnonymous",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "PreviousRank",
                table: "LeaderboardScores");

            migrationBuilder.DropColumn(
                name: "RankedDay",
                table: "LeaderboardScores");
        }
    }
}
