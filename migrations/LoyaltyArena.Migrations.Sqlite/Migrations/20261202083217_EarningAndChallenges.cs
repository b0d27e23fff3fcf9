using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EarningAndChallenges : Migration
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

            migrationBuilder.CreateTable(
                name: "Challenges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Target = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MaxCompletions = table.Column<int>(type: "INTEGER", nullable: true),
                    AutoEnrol = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetPartnerKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TargetRegion = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    TargetMinTierId = table.Column<int>(type: "INTEGER", nullable: true),
                    TargetStoreSize = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Challenges", x => x.Id);
                    table.CheckConstraint("CK_Challenges_Points", "\"Points\" > 0");
                    table.CheckConstraint("CK_Challenges_Target", "\"Target\" > 0");
                    table.CheckConstraint("CK_Challenges_Window", "\"EndsAt\" > \"StartsAt\"");
                });

            migrationBuilder.CreateTable(
                name: "Contests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Brackets = table.Column<bool>(type: "INTEGER", nullable: false),
                    Prizes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetPartnerKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TargetRegion = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contests", x => x.Id);
                    table.CheckConstraint("CK_Contests_Window", "\"EndsAt\" > \"StartsAt\"");
                });

            migrationBuilder.CreateTable(
                name: "MemberBadges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AwardedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberBadges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberBadges_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeProgress",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChallengeId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeProgress_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChallengeProgress_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProofSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChallengeId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Image = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    ImageHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProofSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProofSubmissions_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProofSubmissions_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestAwards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bracket = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Place = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    AwardedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestAwards_Contests_ContestId",
                        column: x => x.ContestId,
                        principalTable: "Contests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestAwards_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeProgress_ChallengeId_MemberId",
                table: "ChallengeProgress",
                columns: new[] { "ChallengeId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeProgress_MemberId",
                table: "ChallengeProgress",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_Status_EndsAt",
                table: "Challenges",
                columns: new[] { "Status", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAwards_ContestId_Bracket_Place_MemberId",
                table: "ContestAwards",
                columns: new[] { "ContestId", "Bracket", "Place", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestAwards_MemberId",
                table: "ContestAwards",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Contests_Status_EndsAt",
                table: "Contests",
                columns: new[] { "Status", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberBadges_MemberId_Code",
                table: "MemberBadges",
                columns: new[] { "MemberId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProofSubmissions_ChallengeId_MemberId",
                table: "ProofSubmissions",
                columns: new[] { "ChallengeId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProofSubmissions_ImageHash",
                table: "ProofSubmissions",
                column: "ImageHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProofSubmissions_MemberId",
                table: "ProofSubmissions",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ProofSubmissions_Status_Id",
                table: "ProofSubmissions",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChallengeProgress");

            migrationBuilder.DropTable(
                name: "ContestAwards");

            migrationBuilder.DropTable(
                name: "MemberBadges");

            migrationBuilder.DropTable(
                name: "ProofSubmissions");

            migrationBuilder.DropTable(
                name: "Contests");

            migrationBuilder.DropTable(
                name: "Challenges");

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
