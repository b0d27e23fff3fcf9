using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LiveArenaAndMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MaxChallengePointsPerMemberDay",
                table: "ProgramRules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Link",
                table: "Notifications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

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

            migrationBuilder.AddColumn<string>(
                name: "Targets",
                table: "Contests",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Cover",
                table: "Challenges",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LiveSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    HostId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    QuestionIds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SecondsPerQuestion = table.Column<int>(type: "INTEGER", nullable: false),
                    Prizes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParticipationPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CurrentIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveSessions", x => x.Id);
                    table.CheckConstraint("CK_LiveSessions_Seconds", "\"SecondsPerQuestion\" BETWEEN 5 AND 120");
                    table.ForeignKey(
                        name: "FK_LiveSessions_Members_HostId",
                        column: x => x.HostId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MailPreferences",
                columns: table => new
                {
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Email = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailPreferences", x => new { x.MemberId, x.Kind });
                    table.ForeignKey(
                        name: "FK_MailPreferences_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "LiveAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Options = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Correct = table.Column<bool>(type: "INTEGER", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    ElapsedMs = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveAnswers_LiveSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiveAnswers_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LivePlayers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivePlayers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LivePlayers_LiveSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LivePlayers_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.UpdateData(
                table: "ProgramRules",
                keyColumn: "Id",
                keyValue: 1,
                column: "MaxChallengePointsPerMemberDay",
                value: 10000);

            migrationBuilder.CreateIndex(
                name: "IX_LiveAnswers_MemberId",
                table: "LiveAnswers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveAnswers_SessionId_QuestionIndex_MemberId",
                table: "LiveAnswers",
                columns: new[] { "SessionId", "QuestionIndex", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LivePlayers_MemberId",
                table: "LivePlayers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LivePlayers_SessionId_MemberId",
                table: "LivePlayers",
                columns: new[] { "SessionId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessions_Code",
                table: "LiveSessions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessions_HostId",
                table: "LiveSessions",
                column: "HostId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessions_Status_ClosesAt",
                table: "LiveSessions",
                columns: new[] { "Status", "ClosesAt" });

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
                name: "LiveAnswers");

            migrationBuilder.DropTable(
                name: "LivePlayers");

            migrationBuilder.DropTable(
                name: "MailPreferences");

            migrationBuilder.DropTable(
                name: "PartnerScores");

            migrationBuilder.DropTable(
                name: "LiveSessions");

            migrationBuilder.DropColumn(
                name: "MaxChallengePointsPerMemberDay",
                table: "ProgramRules");

            migrationBuilder.DropColumn(
                name: "Link",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "BoardAnonymous",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "PreviousRank",
                table: "LeaderboardScores");

            migrationBuilder.DropColumn(
                name: "RankedDay",
                table: "LeaderboardScores");

            migrationBuilder.DropColumn(
                name: "Targets",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "Cover",
                table: "Challenges");
        }
    }
}
