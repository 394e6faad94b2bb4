using FluentAssertions;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Tests.Contract.Yaml;

/// <summary>The enumerable forms of the YAML tree helpers, kept for plugins built against them, build the same trees.</summary>
public sealed class YamlNodeCompatibilityTests
{
    private static readonly KeyValuePair<string, string>[] Pairs = [new("b", "2"), new("a", "1")];

    [Fact]
    public void Map_from_pairs_equals_map_from_a_value_map()
    {
        IEnumerable<KeyValuePair<string, string>> lazy = Pairs.Select(p => p);
        YamlNode.Map(lazy).Should().Be(YamlNode.Map(ValueMap<string>.From(Pairs)));
        YamlNode.Map(lazy, YamlNode.Str).Should().Be(YamlNode.Map(ValueMap<string>.From(Pairs), YamlNode.Str));
    }

    [Fact]
    public void Map_or_null_and_strings_and_add_if_any_keep_their_meaning()
    {
        IReadOnlyCollection<KeyValuePair<string, string>> none = [];
        YamlNode.MapOrNull(none, YamlNode.Str).Should().BeNull();
        YamlNode.MapOrNull((IReadOnlyCollection<KeyValuePair<string, string>>)Pairs, YamlNode.Str).Should().Be(YamlNode.Map(ValueMap<string>.From(Pairs)));

        YamlNode.Strings(new[] { "x", "y" }.Where(_ => true)).Should().Be(YamlNode.Strings(ValueList.Of("x", "y")));

        var set = new HashSet<string> { "x" };
        var built = new YamlMappingBuilder().AddIfAny("k", set, YamlNode.Str).AddIfAny("empty", new HashSet<string>(), YamlNode.Str).Build();
        YamlWriter.Write(built).Should().Be("k:\n- x\n");
    }
}
