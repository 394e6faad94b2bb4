using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Resolve;

/// <summary>
/// Values from a layer: the command line (named by <paramref name="Label"/>), a values-file entry of the profile at
/// <paramref name="At"/> (its own, or of a profile it includes or extends: <paramref name="Via"/> names that
/// profile), or a <c>global:</c> entry. The entry's place is spelled out only when the rung is named (describe).
/// </summary>
internal sealed record LayerRung(Layer Layer, string? Label, SourceMark? At, string? Via, bool IsGlobal = false) : Rung
{
    public override string Name => Via is null ? Place : $"{Place} (from {Via})";

    private string Place => At is null ? Label ?? "" : IsGlobal ? $"global ({At.FileLine})" : At.FileLine;

    /// <summary>Where a value of this rung came from: the source, and the profile it came through, if any.</summary>
    public SettingSource Through(SettingSource source) => Via is null ? source : source with { Detail = $"{source.Detail} (from {Via})" };

    /// <summary>Not the profile's own word: another profile's entry (an include, what it extends) or global:.</summary>
    public bool IsInherited => Via is not null || IsGlobal;
}
