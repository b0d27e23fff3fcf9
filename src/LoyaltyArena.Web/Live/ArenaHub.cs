using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace LoyaltyArena.Web.Live;

/// <summary>
/// Carries signals only ("points", "board"): the browser turns each into an htmx event and the
/// element re-fetches its own fragment. Clients never invoke anything here.
/// </summary>
[Authorize]
public sealed class ArenaHub : Hub
{
    public const string Url = "/hubs/arena";
    public const string Method = "changed";
    public const string BoardsGroup = "boards";

    public static string MemberGroup(int memberId) => $"member:{memberId}";

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, MemberGroup(Context.User!.MemberId()));
        await Groups.AddToGroupAsync(Context.ConnectionId, BoardsGroup);
        await base.OnConnectedAsync();
    }
}

public static class LiveTopics
{
    public const string Points = "points";
    public const string Board = "board";
    public const string Rewards = "rewards";
}
