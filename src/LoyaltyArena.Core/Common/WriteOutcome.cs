namespace LoyaltyArena.Core.Common;

/// <summary>The result of a unit of work: it commits only when <see cref="Succeeded"/> is true.</summary>
public interface IWriteOutcome
{
    bool Succeeded { get; }
}

/// <summary>An outcome that always commits, for work whose only failures are exceptions.</summary>
public sealed record Done<T>(T Value) : IWriteOutcome
{
    public bool Succeeded => true;
}
