using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LoyaltyArena.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RewardRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AvailableFrom",
                table: "Rewards",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AvailableUntil",
                table: "Rewards",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LimitPerMember",
                table: "Rewards",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LimitPeriod",
                table: "Rewards",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MinTierId",
                table: "Rewards",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetPartnerKind",
                table: "Rewards",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetRegion",
                table: "Rewards",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "Redemptions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "Redemptions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Redemptions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RedemptionsSuspended",
                table: "Members",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AvailableFrom",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "AvailableUntil",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "LimitPerMember",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "LimitPeriod",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "MinTierId",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "TargetPartnerKind",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "TargetRegion",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "CancelReason",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Redemptions");

            migrationBuilder.DropColumn(
                name: "RedemptionsSuspended",
                table: "Members");
        }
    }
}
