using System.Runtime.Versioning;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>
/// Refuses, before loading, a plugin built for another framework or a contract this wsconf does not provide: another
/// major version, or a later minor one (minor versions only add, so a plugin built against 3.1 may use what 3.0 lacks,
/// and would fail only when that code runs).
/// </summary>
internal static class PluginCompatibility
{
    private const string NetCoreApp = ".NETCoreApp";

    public static void Check(AssemblyFacts plugin, int runtimeMajor, Version contract)
    {
        CheckFramework(plugin, runtimeMajor);
        foreach (var name in SharedAssemblies.ContractNames)
        {
            if (plugin.Reference(name) is not { Version: { } version })
            {
                continue;
            }

            var builtAgainst = $"plugin '{plugin.Path}' is built against wsconf contract {version.ToString(3)} ({name} {version}); this wsconf provides contract {contract.ToString(3)}";
            if (version.Major != contract.Major)
            {
                throw new ProfileException($"{builtAgainst}: rebuild the plugin against it");
            }

            if (version.Minor > contract.Minor && name != SharedAssemblies.EngineName)
            {
                throw new ProfileException($"{builtAgainst}, which lacks what {version.Major}.{version.Minor} added: use a wsconf that provides it, or rebuild the plugin against {contract.ToString(2)}");
            }
        }
    }

    // .NET runs assemblies built for its own or an earlier .NET (Core); not .NET Framework, not .NET Standard
    // libraries as plugins (they cannot derive from the net10.0 contract), not a later .NET.
    private static void CheckFramework(AssemblyFacts plugin, int runtimeMajor)
    {
        var expected = $"build it for net{runtimeMajor}.0 (<TargetFramework>net{runtimeMajor}.0</TargetFramework>)";
        if (plugin.TargetFramework is not { } text)
        {
            throw new ProfileException($"plugin '{plugin.Path}' has no TargetFrameworkAttribute, so its framework is unknown; {expected}");
        }

        FrameworkName? framework = null;
        try
        {
            framework = new FrameworkName(text);
        }
        catch (ArgumentException)
        {
            // reported below with the raw text
        }

        if (framework is not { Identifier: NetCoreApp } || framework.Version.Major > runtimeMajor)
        {
            throw new ProfileException($"plugin '{plugin.Path}' is built for {text}, which this wsconf (.NET {runtimeMajor}) cannot load; {expected}");
        }
    }
}
