using FluentAssertions;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Tests.Plugins;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>The preview page's hub file example reads, and says what the example hub file in the repository says.</summary>
public sealed class ReadmeHubTests
{
    [Fact]
    public void The_hub_file_example_is_a_valid_hub_file_equal_to_the_example_in_the_repository()
    {
        var page = File.ReadAllText(Path.Combine(PluginBuilds.RepositoryRoot, "docs", "kubernetes-preview.md"));
        var section = page[page.IndexOf("## What the preview shows", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var fromReadme = HubSettingsReader.Read(ValuesYamlReader.Read(example, "README.md", ValuesReadLimits.Default), "README.md", HubSettings.Defaults);
        var file = Path.Combine(PluginBuilds.RepositoryRoot, "examples", "hub", "eoepca-prod.yaml");
        (fromReadme with { Source = "" }).Should().Be(HubSettingsReader.ReadFile(file, file) with { Source = "" });
    }
}
