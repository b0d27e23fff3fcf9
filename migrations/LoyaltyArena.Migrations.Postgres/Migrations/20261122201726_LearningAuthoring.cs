using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LearningAuthoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "TrainingModules",
                type: "boolean",
                nullable: false,
                defaultValue: true); // modules written before drafts existed were already live

            migrationBuilder.AddColumn<string>(
                name: "TargetPartnerKind",
                table: "TrainingModules",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetRegion",
                table: "TrainingModules",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Published",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "TargetPartnerKind",
                table: "TrainingModules");

            migrationBuilder.DropColumn(
                name: "TargetRegion",
                table: "TrainingModules");
        }
    }
}
