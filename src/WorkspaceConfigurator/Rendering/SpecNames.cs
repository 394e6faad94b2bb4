using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Rendering;

/// <summary>How both renderers spell the spec's enums: access modes as named, verbs as the API's lower-case names.</summary>
internal static class SpecNames
{
    public static ValueList<string> AccessModes(ValueList<AccessMode> modes)
    {
        var names = new string[modes.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = modes[i].ToString();
        }

        return ValueList.Of(names);
    }

    public static ValueList<string> Verbs(ValueList<RoleVerb> verbs)
    {
        var names = new string[verbs.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = verbs[i].ToApiName();
        }

        return ValueList.Of(names);
    }
}
