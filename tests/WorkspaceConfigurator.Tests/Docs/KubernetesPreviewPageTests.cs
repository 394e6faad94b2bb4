using FluentAssertions;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Layers.HubFiles;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Tests.Cli.Plugins;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>The preview page's (docs/kubernetes-preview.md) hub file example reads, and says what the example hub file in the repository says.</summary>
public sealed class KubernetesPreviewPageTests
{
    [Fact]
    public void The_hub_file_example_is_a_valid_hub_file_equal_to_the_example_in_the_repository()
    {
        const string Page = "docs/kubernetes-preview.md";
        var page = DocPages.Read(Page);
        var section = page.IndexOf("## What the preview shows", StringComparison.Ordinal);
        var start = page.IndexOf("```yaml\n", section, StringComparison.Ordinal) + "```yaml\n".Length;

        // Blank lines before the block's text, so that a problem is reported at its line of the page.
        var example = new string('\n', page[..start].Count(c => c == '\n')) + page[start..page.IndexOf("```", start, StringComparison.Ordinal)];

        var fromPage = HubSettingsReader.Read(ValuesYamlReader.Read(example, Page, ValuesReadLimits.Default), Page, HubSettings.Defaults);
        var file = Path.Combine(PluginBuilds.RepositoryRoot, "examples", "hub", "eoepca-prod.yaml");
        (fromPage with { Source = "" }).Should().Be(HubSettingsReader.ReadFile(file, file) with { Source = "" });
    }
}
