using WorkspaceConfigurator.Tests.Cli.Plugins;

namespace WorkspaceConfigurator.Tests.Packaging;

/// <summary>The example site plugin alone, built for the packed-tool test against this run's contract.</summary>
public sealed class ExamplePluginBuild() : PluginBuilds(Path.Combine(RepositoryRoot, "profiles", "ExampleSiteProfiles", "ExampleSiteProfiles.csproj"));
