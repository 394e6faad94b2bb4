using FluentAssertions;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>
/// <see cref="LadderBuilder"/>: the order of a profile's rungs, read by their names (as <c>describe --layers</c>
/// shows them), for catalogues made from values texts in memory. Which value wins on such a ladder is
/// <see cref="RungValueTests"/>' business; here only the order is checked.
/// </summary>
public sealed class LadderBuilderTests
{
    private static ProfileCatalog Catalog(params string[] texts)
    {
        var registry = new ProfileRegistry();
        registry.RegisterBuiltIn(BuiltinProfiles.Registrars());
        var documents = new List<ValuesDocument>();
        for (var i = 0; i < texts.Length; i++)
        {
            var file = $"values-{i + 1}.yaml";
            documents.Add(ValuesDocumentReader.Read(ValuesYamlReader.Read(texts[i], file, ValuesReadLimits.Default), file, "."));
        }

        return texts.Length == 0 ? ProfileCatalog.Of(registry) : CatalogBuilder.Build(registry, documents);
    }

    private static Ladder LadderOf(ProfileCatalog catalog, string slug, Layer? overrides = null, Layer? commandLine = null) =>
        LadderBuilder.For(catalog, catalog.Registry.Find(slug)!, overrides, commandLine);

    private static IEnumerable<string> Names(Ladder ladder) => ladder.Rungs.Select(r => r.Name);

    [Fact]
    public void Without_values_files_the_ladder_is_the_command_line_the_class_and_the_base_default()
    {
        var ladder = LadderOf(Catalog(), "coder", new Layer(), new Layer());
        Names(ladder).Should().Equal("--override", "command-line options", "class CodeServer", "default");
        ladder.RootIndex.Should().Be(2);
    }

    [Fact]
    public void Command_line_rungs_are_left_out_when_there_are_none()
    {
        Names(LadderOf(Catalog(), "coder")).Should().Equal("class CodeServer", "default");
    }

    [Fact]
    public void The_rungs_go_own_entries_later_file_first_then_includes_in_order_then_extends_then_the_class_then_global_later_file_first()
    {
        var catalog = Catalog(
            """
            global:
              cpu_limit: 2
            profiles:
              m1: {abstract: true, cpu_limit: 3}
              m2: {abstract: true, cpu_limit: 3}
              mid: {extends: coder, cpu_limit: 3}
              x:
                extends: mid
                profiles: [m1, m2]
                cpu_limit: 3
            """,
            """
            global:
              cpu_limit: 2
            profiles:
              x:
                cpu_limit: 5
            """);
        Names(LadderOf(catalog, "x", new Layer(), new Layer())).Should().Equal(
            "--override",
            "command-line options",
            "values-2.yaml:4",
            "values-1.yaml:7",
            "values-1.yaml:4 (from m1)",
            "values-1.yaml:5 (from m2)",
            "values-1.yaml:6 (from mid)",
            "class CodeServer",
            "global (values-2.yaml:1)",
            "global (values-1.yaml:1)",
            "default");
    }

    [Fact]
    public void An_include_brings_its_own_includes_before_the_next_include()
    {
        var catalog = Catalog("""
            profiles:
              deep: {abstract: true, cpu_limit: 3}
              first: {abstract: true, profiles: [deep], cpu_limit: 3}
              second: {abstract: true, cpu_limit: 3}
              x: {extends: coder, profiles: [first, second]}
            """);
        Names(LadderOf(catalog, "x")).Should().Equal(
            "values-1.yaml:5", "values-1.yaml:3 (from first)", "values-1.yaml:2 (from deep)", "values-1.yaml:4 (from second)", "class CodeServer", "default");
    }

    [Fact]
    public void A_profile_two_includes_share_keeps_its_last_place()
    {
        // As a shared base class in a method resolution order: below both includes, so it never outranks the second.
        var catalog = Catalog("""
            profiles:
              shared: {abstract: true, cpu_limit: 3}
              a: {abstract: true, profiles: [shared], cpu_limit: 3}
              b: {abstract: true, profiles: [shared], cpu_limit: 3}
              x: {extends: coder, profiles: [a, b]}
            """);
        Names(LadderOf(catalog, "x")).Should().Equal(
            "values-1.yaml:5", "values-1.yaml:3 (from a)", "values-1.yaml:4 (from b)", "values-1.yaml:2 (from shared)", "class CodeServer", "default");
    }

    [Fact]
    public void A_class_an_include_also_extends_comes_once_at_the_bottom_of_the_stack_as_the_root()
    {
        var catalog = Catalog("""
            profiles:
              m: {abstract: true, extends: coder, cpu_limit: 3}
              m2: {abstract: true, cpu_limit: 3}
              x: {extends: coder, profiles: [m, m2]}
            """);
        var ladder = LadderOf(catalog, "x");
        Names(ladder).Should().Equal("values-1.yaml:4", "values-1.yaml:2 (from m)", "values-1.yaml:3 (from m2)", "class CodeServer", "default");
        ladder.Rungs[ladder.RootIndex].Should().BeOfType<ClassRung>().Which.IsRoot.Should().BeTrue();
    }

    [Fact]
    public void The_class_of_an_include_is_not_the_root_so_a_profile_of_includes_only_has_none()
    {
        var catalog = Catalog("""
            profiles:
              named: {abstract: true, extends: jupyterlab}
              bare: {profiles: [named], cpu_limit: 3}
            """);
        var ladder = LadderOf(catalog, "bare");
        ladder.Rungs.OfType<ClassRung>().Should().ContainSingle().Which.IsRoot.Should().BeFalse();
        ladder.RootIndex.Should().Be(-1);
    }

    [Fact]
    public void The_rungs_of_another_profile_are_inherited_and_the_profiles_own_and_the_command_line_are_not()
    {
        var catalog = Catalog("""
            global: {cpu_limit: 2}
            profiles:
              m: {abstract: true, cpu_limit: 3}
              x: {extends: coder, profiles: [m], cpu_limit: 3}
            """);
        LadderOf(catalog, "x", new Layer(), new Layer()).Rungs.OfType<LayerRung>().Select(r => $"{r.Name}: {r.IsInherited}").Should().Equal(
            "--override: False", "command-line options: False", "values-1.yaml:4: False", "values-1.yaml:3 (from m): True", "global (values-1.yaml:1): True");
    }
}
