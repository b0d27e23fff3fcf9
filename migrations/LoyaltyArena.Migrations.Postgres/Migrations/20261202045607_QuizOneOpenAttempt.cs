using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QuizOneOpenAttempt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(LoyaltyArena.Core.Data.QuizAttemptBackfill.CloseDuplicateOpenAttempts);

            migrationBuilder.CreateIndex(
                name: "IX_QuizAttempts_OneOpen",
                table: "QuizAttempts",
                columns: new[] { "MemberId", "QuizId" },
                unique: true,
                filter: "\"Status\" = 'InProgress'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QuizAttempts_OneOpen",
                table: "QuizAttempts");
        }
    }
}
