using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Rendering;

/// <summary>How both renderers spell the spec's enums: access modes as named, verbs as the API's lower-case names.</summary>
internal static class SpecNames
{
    public static ValueList<string> AccessModes(ValueList<AccessMode> modes) => ValueList.From(modes, m => m.ToString());

    public static ValueList<string> Verbs(ValueList<RoleVerb> verbs) => ValueList.From(verbs, v => v.ToApiName());
}
