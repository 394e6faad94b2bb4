namespace WorkspaceConfigurator.Contract;

internal enum SettingOrigin
{
    /// <summary>wsconf's own default in the base profile class.</summary>
    Base,

    /// <summary>A family base class (e.g. CoderProfile).</summary>
    Family,

    /// <summary>The concrete profile class.</summary>
    Class,

    /// <summary>A global option or environment variable that applies to every selected profile (--image, WSCONF_GROUPS).</summary>
    Option,

    /// <summary>A per-profile command-line override (--override, --node-selector).</summary>
    Override,

    /// <summary>A profile's entry in a values file (its own, or one it includes or extends).</summary>
    Values,

    /// <summary>The <c>global:</c> layer of a values file: below every profile layer, above wsconf's base defaults.</summary>
    Global,
}
