using FluentAssertions;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Tests.Build;

/// <summary>Manifest templates are read as the hub's PyYAML reads them, and written back with the same meaning.</summary>
public sealed class YamlTemplateReaderTests
{
    [Theory]
    [InlineData("0755", YamlScalarKind.Int)]
    [InlineData("8080", YamlScalarKind.Int)]
    [InlineData("0.5", YamlScalarKind.Float)]
    [InlineData(".5", YamlScalarKind.Float)]
    [InlineData("._", YamlScalarKind.String)]
    [InlineData("1e3", YamlScalarKind.String)]
    [InlineData("yes", YamlScalarKind.Bool)]
    [InlineData("y", YamlScalarKind.String)]
    [InlineData("~", YamlScalarKind.Null)]
    [InlineData("\"0755\"", YamlScalarKind.String)]
    public void Plain_scalars_resolve_as_pyyaml_resolves_them(string text, YamlScalarKind kind)
    {
        var document = (YamlMapping)YamlTemplateReader.ReadDocuments($"v: {text}\n").Single();
        ((YamlScalar)document["v"]!).Kind.Should().Be(kind);
    }

    [Fact]
    public void Typed_scalars_are_written_back_as_read()
    {
        var text = "mode: 0755\nport: 8080\nratio: 0.5\nflag: yes\nname: \"yes\"\nexp: 1e3\n";
        YamlWriter.Write(YamlTemplateReader.ReadDocuments(text).Single()).Should().Be("mode: 0755\nport: 8080\nratio: 0.5\nflag: true\nname: \"yes\"\nexp: \"1e3\"\n");
    }

    [Fact]
    public void Merge_keys_are_refused_rather_than_silently_lost()
    {
        var act = () => YamlTemplateReader.ReadDocuments("base: &b {a: 1}\nderived:\n  <<: *b\n  c: 2\n", "m.yaml");
        act.Should().Throw<FormatException>().WithMessage("m.yaml:3:3: derived: merge keys ('<<') are not supported*");
    }

    [Theory]
    [InlineData("a: [1, 2\nb: 3\n")]
    [InlineData("a: b: c\n")]
    [InlineData("- a\nb: c\n")]
    [InlineData("a: \"unterminated\n")]
    public void Malformed_yaml_is_a_format_error(string text) =>
        ((Action)(() => YamlTemplateReader.ReadDocuments(text))).Should().Throw<FormatException>().WithMessage("(template):*: invalid YAML*");
}
