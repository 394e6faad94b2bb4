using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Tests.Support;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Tests.Write;

/// <summary>
/// YAML readers refuse an implicit key (<c>key: value</c>) longer than 1024 characters; the writer writes longer keys
/// as explicit keys (<c>? key</c> / <c>: value</c>), which PyYAML and go-yaml read, wherever the mapping is.
/// </summary>
public sealed class LongKeyTests
{
    private static readonly Yaml11Dialect[] Dialects = [Yaml11Dialect.PyYaml, Yaml11Dialect.GoYamlV2];

    [Fact]
    public void The_oracle_refuses_an_implicit_key_over_1024_characters()
    {
        // What the writer wrote before: proof that the readers below would catch a regression.
        var text = new string('K', 1025) + ": v\n";
        foreach (var dialect in Dialects)
        {
            var act = () => Yaml11.Load(text, dialect);
            act.Should().Throw<InvalidDataException>();
        }
    }

    [Fact]
    public void A_key_of_exactly_1024_characters_stays_implicit()
    {
        var key = new string('K', 1024);
        var text = YamlWriter.Write(new YamlMappingBuilder().Add(key, "v").Build());
        text.Should().Be(key + ": v\n");
        foreach (var dialect in Dialects)
        {
            ((string?)Yaml11.Load(text, dialect)[key]).Should().Be("v");
        }
    }

    [Theory]
    [InlineData(1024, false)]
    [InlineData(1025, true)]
    [InlineData(100_000, true)]
    public void Long_keys_are_explicit_and_read_back_in_every_position(int length, bool explicitKey)
    {
        var key = new string('K', length - 3) + "é \"";
        var written = YamlWriter.Scalar(key).Length;
        var scalar = YamlNode.Str("v");
        var nested = new YamlMappingBuilder().Add(key, "inner").Add("b", "c").Build();
        var document = new YamlMappingBuilder()
            .Add(key, scalar)
            .Add("map", nested)
            .Add("list", YamlNode.Seq([nested, new YamlMappingBuilder().Add("first", "x").Add(key, YamlNode.Seq([scalar])).Build()]))
            .Add("x" + key, nested)
            .Add("y" + key, YamlNode.Seq([scalar, scalar]))
            .Add("z" + key, YamlNode.Str("two\nlines\n"))
            .Add("e" + key, new YamlMappingBuilder().Build())
            .Build();
        var text = YamlWriter.Write(document);
        text.Contains("? ", StringComparison.Ordinal).Should().Be(explicitKey || written > YamlWriter.MaxImplicitKeyLength);
        foreach (var dialect in Dialects)
        {
            var read = (JObject)Yaml11.Load(text, dialect);
            ((string?)read[key]).Should().Be("v", dialect.ToString());
            ((string?)read["map"]![key]).Should().Be("inner");
            ((string?)read["list"]![0]![key]).Should().Be("inner");
            ((string?)read["list"]![1]![key]![0]).Should().Be("v");
            ((string?)read["x" + key]!["b"]).Should().Be("c");
            ((string?)read["y" + key]![1]).Should().Be("v");
            ((string?)read["z" + key]).Should().Be("two\nlines\n");
            read["e" + key].Should().BeOfType<JObject>().Which.Should().BeEmpty();
        }

        // wsconf's own strict reader (manifest_file, manifest assets) reads them too.
        ValuesNodeConversion.ToYamlNode(ValuesYamlReader.ReadDocuments(text, "t.yaml", ValuesReadLimits.Default).Single()).Should().Be(document);
    }
}
