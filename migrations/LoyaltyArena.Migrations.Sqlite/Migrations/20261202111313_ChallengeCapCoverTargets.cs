using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChallengeCapCoverTargets : Migration
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

            migrationBuilder.UpdateData(
                table: "ProgramRules",
                keyColumn: "Id",
                keyValue: 1,
                column: "MaxChallengePointsPerMemberDay",
                value: 10000);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MaxChallengePointsPerMemberDay",
                table: "ProgramRules");

            migrationBuilder.DropColumn(
                name: "Targets",
                table: "Contests");

            migrationBuilder.DropColumn(
                name: "Cover",
                table: "Challenges");
        }
    }
}
