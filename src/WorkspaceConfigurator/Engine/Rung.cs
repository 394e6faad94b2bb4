using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Registry;

namespace WorkspaceConfigurator.Engine;

/// <summary>One rung of a profile's ladder; rungs are ordered highest first.</summary>
internal abstract record Rung
{
    /// <summary>What the rung is, as <c>describe --layers</c> names it.</summary>
    public abstract string Name { get; }
}

/// <summary>
/// Values from a layer: the command line (named by <paramref name="Label"/>), a values-file entry of the profile at
/// <paramref name="At"/> (its own, or of a profile it includes or extends: <paramref name="Via"/> names that
/// profile), or a <c>global:</c> entry. The entry's place is spelled out only when the rung is named (describe).
/// </summary>
internal sealed record LayerRung(Layer Layer, string? Label, SourceMark? At, string? Via, bool IsGlobal = false) : Rung
{
    public override string Name => (At is null ? Label ?? "" : IsGlobal ? $"global ({At.FileLine})" : At.FileLine) is var place && Via is null
        ? place
        : $"{place} (from {Via})";

    /// <summary>Not the profile's own word: another profile's entry (an include, what it extends) or global:.</summary>
    public bool IsInherited => Via is not null || IsGlobal;
}

/// <summary>
/// What a class (and its family classes) sets itself, above <c>global:</c>. <paramref name="IsRoot"/> marks the class
/// whose hooks run: its hooks' maps and items sit at this rung.
/// </summary>
internal sealed record ClassRung(ProfileRegistration Registration, bool IsRoot) : Rung
{
    public override string Name => $"class {Registration.Profile.GetType().Name}";
}

/// <summary>wsconf's base defaults (what the <c>Profile</c> base class declares), the lowest rung.</summary>
internal sealed record BaseRung(Profile? Profile) : Rung
{
    public override string Name => "default";
}
