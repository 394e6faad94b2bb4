namespace WorkspaceConfigurator.Diff;

/// <summary>
/// A difference found in one profile, with what the rules need to weigh it: the top-level key it is under, the
/// named item (if any) and the keys below it, the old profile and item it belongs to (their <c>persist</c>, the
/// home), and the new profile (where a claim went).
/// </summary>
/// <param name="Section">The profile's key: <c>volumes</c>, <c>pod_env_vars</c>, <c>definition</c>.</param>
/// <param name="Item">The name of the item of a named list; null elsewhere.</param>
/// <param name="Keys">The keys below the section (or item): <c>[volume_mount, mount_path]</c>; empty for the whole.</param>
/// <param name="Field">The printed path.</param>
/// <param name="OldItem">The named item as the old file has it; null for an added item and outside named lists.</param>
internal sealed record FieldDifference(
    string Section,
    string? Item,
    IReadOnlyList<string> Keys,
    string Field,
    HubValue? Old,
    HubValue? New,
    HubMap OldProfile,
    HubMap NewProfile,
    HubMap? OldItem)
{
    /// <summary>The first key below the section or item; empty for the whole.</summary>
    public string Leaf => Keys.Count > 0 ? Keys[0] : "";
}
