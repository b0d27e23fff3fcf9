namespace LoyaltyArena.Web.Localization;

/// <summary>Marker for the shared texts: SharedResource.resx (Bahasa Indonesia, the default) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
