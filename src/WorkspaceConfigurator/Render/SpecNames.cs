namespace WorkspaceConfigurator.Render;

/// <summary>How the renderers (and the template check, which names the same strings) spell the spec's enums: access modes and subject kinds as named, verbs as the API's lower-case names.</summary>
internal static class SpecNames
{
    public static ValueList<string> AccessModes(ValueList<AccessMode> modes) => ValueList.From(modes, m => m.ToString());

    public static ValueList<string> Verbs(ValueList<RoleVerb> verbs) => ValueList.From(verbs, v => v.ToApiName());

    public static string Kind(SubjectKind kind) => kind.ToString();
}
