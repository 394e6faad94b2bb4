namespace WorkspaceConfigurator.Build;

/// <summary>How the renderers (and the template check, which names the same strings) spell the spec's enums: access modes and subject kinds as named, verbs as the API's lower-case names.</summary>
internal static class SpecNames
{
    public static ValueList<string> AccessModes(ValueList<AccessMode> modes) => ValueList.From(modes, m => m.ToString());

    public static ValueList<string> Verbs(ValueList<RoleVerb> verbs) => ValueList.From(verbs, v => v.ToApiName());

    public static string Kind(SubjectKind kind) => kind.ToString();

    /// <summary>The profile's id in config.yml (the hub's <c>profile_&lt;slug&gt;</c>).</summary>
    public static string ProfileId(ProfileSpec spec) => $"profile_{spec.Slug}";
}
