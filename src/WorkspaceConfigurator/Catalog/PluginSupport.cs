using System.Diagnostics.CodeAnalysis;

namespace WorkspaceConfigurator.Catalog;

/// <summary>
/// Whether this build of wsconf can load plugins. Plugins are assemblies loaded at run time, which only the managed
/// build of wsconf can do. The native build (PublishAot) turns the switch off: the trimmer then removes the plugin
/// code, and the trim and AOT analyzers accept the reflection behind this guard, since it is unreachable there. The
/// native binary hands a run that names plugin folders to the managed build before anything else (Program.cs).
/// </summary>
internal static class PluginSupport
{
    public const string Switch = "WorkspaceConfigurator.Plugins.IsSupported";

    // IL4000: the build-time analyzer cannot see through a feature switch's body (a known limit of the analyzer,
    // which the trimmer and the native compiler do not share): the native compiler replaces this property by the
    // switch's value, false in the native build (WorkspaceConfigurator.Cli.csproj), so the guarded code is not there.
#pragma warning disable IL4000
    [FeatureSwitchDefinition(Switch)]
    [FeatureGuard(typeof(RequiresUnreferencedCodeAttribute))]
    public static bool IsSupported => !AppContext.TryGetSwitch(Switch, out var enabled) || enabled;
#pragma warning restore IL4000
}
