using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Cli.Plugins;

namespace WorkspaceConfigurator.Tests.Examples;

/// <summary>Runs wsconf with the repository's example values file, and makes its outputs independent of where the repository is.</summary>
internal static class ExampleSite
{
    public static string File { get; } = Path.Combine(PluginBuilds.RepositoryRoot, "examples", "site", "site.yaml");

    /// <summary>The path as the documentation writes it.</summary>
    public const string Shown = "examples/site/site.yaml";

    public static CliResult Run(params string[] args)
    {
        var result = CliRunner.Run(["-f", File, .. args]);
        return result with { Out = result.Out.Replace(File, Shown, StringComparison.Ordinal), Error = result.Error.Replace(File, Shown, StringComparison.Ordinal) };
    }
}
