using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Tests.Support;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Tests.Write;

/// <summary>Every string the writer prints reads back unchanged with YAML 1.1 readers (PyYAML's and Kubernetes').</summary>
public sealed class YamlWriterRoundTripTests
{
    public static TheoryData<string> TrickyStrings() =>
    [
        "yes", "no", "on", "off", "y", "n", "Y", "true", "False", "TRUE", "null", "Null", "~", "", " ",
        "0755", "0660", "0o17", "0x1F", "0b101", "1e3", "1E3", "1.5", ".5", "-1", "+1", "1_000", "1:20", "190:20:30.15",
        ".inf", "-.Inf", ".NaN", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "<<", "=",
        "\"true\"", "'quoted'", " leading", "trailing ", "# x", "a #b", "a: b", "a:b", "key:", "-", "- item", "-c", "--podman",
        "---", "...", "? x", "[list]", "{map}", "{{ spawner.user.name }}", "claim-{{ namespace }}", "a, b", "*alias", "&anchor",
        "!tag", "|", ">", "%directive", "@at", "`tick`", "tab\there", "\ttab-first", "ünïcødé ✓", "emoji 🎉", "line\nbreak",
        "trailing newline\n", "two trailing\n\n", "\nleading newline", "  indented\nblock", "crlf\r\nline", "nul\0byte",
        "bell\u0007", "nel\u0085x", "ls\u2028x", "bom\uFEFF", "back\\slash", "quote\"inside", "8080", "3.0", "1.2.3",
        "http://example.org:80/x?y=1#frag", "-_1", "+_.5", "1_0", "-inf", "+Infinity", "-NaN", "0x1p-2", "0X1P3", "1__2", "/workspace/.local/share/", "C:\\path", "multi\nline\nwith: colon\n# and hash\n",
    ];

    [Theory]
    [MemberData(nameof(TrickyStrings))]
    public void Strings_read_back_unchanged_as_values_and_keys(string value)
    {
        var document = new YamlMappingBuilder()
            .Add("value", YamlNode.Str(value))
            .Add("list", YamlNode.Seq([YamlNode.Str(value)]))
            .Add("nested", new YamlMappingBuilder().Add("inner", YamlNode.Str(value)).Build())
            .Build();
        var text = YamlWriter.Write(document);
        foreach (var dialect in new[] { Yaml11Dialect.PyYaml, Yaml11Dialect.GoYamlV2 })
        {
            var read = Yaml11.Load(text, dialect);
            read["value"].Should().BeEquivalentTo(new JValue(value), $"{dialect} reading:\n{text}");
            read["list"]![0].Should().BeEquivalentTo(new JValue(value));
            read["nested"]!["inner"].Should().BeEquivalentTo(new JValue(value));
        }

        if (value.Length > 0 && !value.Contains('\n') && !value.Contains('\r'))
        {
            var keyed = YamlWriter.Write(new YamlMappingBuilder().Add(value, "v").Build());
            ((JObject)Yaml11.Load(keyed, Yaml11Dialect.PyYaml)).Properties().Single().Name.Should().Be(value);
        }
    }

    [Fact]
    public void Multi_line_strings_are_literal_blocks_with_the_right_chomping()
    {
        YamlWriter.Write(new YamlMappingBuilder().Add("a", "x\ny\n").Build()).Should().Be("a: |\n  x\n  y\n");
        YamlWriter.Write(new YamlMappingBuilder().Add("a", "x\ny").Build()).Should().Be("a: |-\n  x\n  y\n");
        YamlWriter.Write(new YamlMappingBuilder().Add("a", "x\n\n").Build()).Should().Be("a: |+\n  x\n\n");
    }

    [Fact]
    public void Typed_scalars_and_empty_collections_are_written_plain()
    {
        var text = YamlWriter.Write(new YamlMappingBuilder()
            .Add("int", 8080).Add("bool", true).Add("null", YamlNode.Null)
            .Add("map", new YamlMappingBuilder().Build()).Add("list", YamlNode.Seq([])).Build());
        text.Should().Be("int: 8080\nbool: true\n\"null\": null\nmap: {}\nlist: []\n");
    }
}
