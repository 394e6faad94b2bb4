using FluentAssertions;
using WorkspaceConfigurator.Build;

namespace WorkspaceConfigurator.Tests.Build;

/// <summary>
/// <see cref="ManifestBounds"/>: manifests built in code get the bounds the values reader gives manifests read from
/// YAML (100 levels, a million nodes, 16 Mi characters), and a null the writer could not print is refused where it is.
/// Each limit is checked at its edge: the limit passes, one more is refused.
/// </summary>
public sealed class ManifestBoundsTests
{
    private static ManifestSpec Manifest(params YamlNode[] content) =>
        new() { Name = "m", Key = "m.yaml", Content = new ValueList<YamlNode>(content), Persist = false };

    private static Action Check(params ManifestSpec[] manifests) => () => ManifestBounds.Check(manifests);

    // Lists inside lists, `levels` deep (the outermost is level 1).
    private static YamlNode Nested(int levels)
    {
        YamlNode node = YamlNode.Str("leaf");
        for (var i = 0; i < levels; i++)
        {
            node = YamlNode.Seq([node]);
        }

        return node;
    }

    private static YamlMapping Mapping(string key, YamlNode value) => new(ValueList.Of(new YamlEntry(key, value)));

    [Fact]
    public void A_manifest_nested_as_deep_as_the_limit_passes() => Check(Manifest(Nested(100))).Should().NotThrow();

    [Fact]
    public void A_manifest_nested_one_level_deeper_is_refused_naming_it()
    {
        Check(Manifest(Nested(101))).Should().Throw<ProfileException>()
            .WithMessage("manifest 'm' (key 'm.yaml'): content[0][0]*: nested deeper than 100 levels (mappings and lists may nest 100 deep)");
    }

    [Theory]
    [InlineData(999, false)]
    [InlineData(1000, true)]
    public void A_node_used_twice_counts_twice(int uses, bool refused)
    {
        // One list of 1,000 scalars (1,001 nodes), used `uses` times in an outer list: 999 uses make exactly a million nodes.
        var shared = YamlNode.Seq(Enumerable.Range(0, 1000).Select(i => (YamlNode)YamlNode.Int(i)));
        var check = Check(Manifest(YamlNode.Seq(Enumerable.Repeat<YamlNode>(shared, uses))));
        if (refused)
        {
            check.Should().Throw<ProfileException>().WithMessage("manifest 'm' (key 'm.yaml'): content[0][999]*: the manifest holds more than 1000000 nodes (a node used twice counts twice)*");
        }
        else
        {
            check.Should().NotThrow();
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Keys_and_scalars_may_hold_at_most_16_mi_characters(int over, bool refused)
    {
        // The key counts too: "k" and a scalar one character short of the limit make exactly the limit.
        var check = Check(Manifest(Mapping("k", YamlNode.Str(new string('x', (int)ManifestBounds.MaxCharacters - 1 + over)))));
        if (refused)
        {
            check.Should().Throw<ProfileException>().WithMessage("manifest 'm' (key 'm.yaml'): content[0].k: the manifest holds more than 16777216 characters of keys and values; split it");
        }
        else
        {
            check.Should().NotThrow();
        }
    }

    [Fact]
    public void A_null_node_is_refused_naming_its_path() =>
        Check(Manifest(Mapping("metadata", Mapping("name", null!)))).Should().Throw<ProfileException>()
            .WithMessage("manifest 'm' (key 'm.yaml'): content[0].metadata.name: is null (write YamlNode.Null for a YAML null)");

    [Fact]
    public void A_null_key_is_refused() =>
        Check(Manifest(Mapping(null!, YamlNode.Str("x")))).Should().Throw<ProfileException>()
            .WithMessage("manifest 'm' (key 'm.yaml'): content[0]: entry 0 has a null key (keys are text)");

    [Fact]
    public void Null_content_is_refused() =>
        Check(Manifest() with { Content = null! }).Should().Throw<ProfileException>()
            .WithMessage("manifest 'm' (key 'm.yaml'): content is null (a list of Kubernetes objects is required)");

    [Fact]
    public void A_null_manifest_is_refused_by_its_place() =>
        Check(Manifest(), null!).Should().Throw<ProfileException>().WithMessage("manifests[1] is null (a ManifestSpec is required)");

    [Fact]
    public void The_yaml_null_scalar_is_no_null() => Check(Manifest(Mapping("value", YamlNode.Null))).Should().NotThrow();
}
