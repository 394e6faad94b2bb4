using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.SupportTests;

public sealed class Yaml11Tests
{
    private const Yaml11Dialect Py = Yaml11Dialect.PyYaml;
    private const Yaml11Dialect Go = Yaml11Dialect.GoYamlV2;

    [Theory]
    // booleans: PyYAML has no y/n
    [InlineData("yes", Py, true)]
    [InlineData("Yes", Py, true)]
    [InlineData("on", Py, true)]
    [InlineData("OFF", Py, false)]
    [InlineData("no", Py, false)]
    [InlineData("y", Py, "y")]
    [InlineData("n", Py, "n")]
    [InlineData("yes", Go, true)]
    [InlineData("off", Go, false)]
    [InlineData("y", Go, true)]
    [InlineData("N", Go, false)]
    [InlineData("tRUE", Go, "tRUE")]
    [InlineData("tRUE", Py, "tRUE")]
    // nulls
    [InlineData("~", Py, null)]
    [InlineData("null", Py, null)]
    [InlineData("NULL", Go, null)]
    [InlineData("", Py, null)]
    [InlineData("", Go, null)]
    [InlineData("nULL", Py, "nULL")]
    // integers
    [InlineData("0755", Py, 493L)]
    [InlineData("0755", Go, 493L)]
    [InlineData("0x1F", Py, 31L)]
    [InlineData("-0x1F", Go, -31L)]
    [InlineData("0b101", Py, 5L)]
    [InlineData("1_000", Py, 1000L)]
    [InlineData("1_000", Go, 1000L)]
    [InlineData("+12", Go, 12L)]
    [InlineData("0", Py, 0L)]
    [InlineData("1:20", Py, 80L)]
    [InlineData("1:20", Go, "1:20")]
    [InlineData("0o17", Py, "0o17")]
    [InlineData("0o17", Go, 15L)]
    [InlineData("08", Py, "08")]
    [InlineData("08", Go, 8.0)]
    [InlineData("-9223372036854775808", Go, long.MinValue)]
    [InlineData("-9223372036854775808", Py, long.MinValue)]
    // floats: PyYAML needs a dot and a signed exponent
    [InlineData("1e3", Py, "1e3")]
    [InlineData("1e3", Go, 1000.0)]
    [InlineData("1.0e3", Py, "1.0e3")]
    [InlineData("1.0e+3", Py, 1000.0)]
    [InlineData("1.5", Py, 1.5)]
    [InlineData("1.5", Go, 1.5)]
    [InlineData("1.", Py, 1.0)]
    [InlineData(".5", Go, 0.5)]
    [InlineData("-.5", Go, -0.5)]
    [InlineData("1:20.5", Py, 80.5)]
    [InlineData("._", Py, "._")]
    [InlineData("1e400", Go, "1e400")]
    [InlineData(".inf", Py, double.PositiveInfinity)]
    [InlineData("-.Inf", Go, double.NegativeInfinity)]
    // plain text
    [InlineData("8Gi", Py, "8Gi")]
    [InlineData("500m", Go, "500m")]
    [InlineData("=", Go, "=")]
    [InlineData("ünïcødé ✓", Py, "ünïcødé ✓")]
    public void Plain_scalars_follow_each_dialect(string text, Yaml11Dialect dialect, object? expected)
    {
        var value = Yaml11.Load($"v: {text}\n", dialect)["v"];

        Same(value, expected).Should().BeTrue($"'{text}' under {dialect} should read as {expected ?? "null"}, not {value?.Type} {value}");
    }

    [Theory]
    [InlineData("'yes'", "yes")]
    [InlineData("\"0660\"", "0660")]
    [InlineData("\"1e3\"", "1e3")]
    [InlineData("!!str 8080", "8080")]
    [InlineData("!!str yes", "yes")]
    [InlineData("''", "")]
    [InlineData("\"~\"", "~")]
    public void Quoted_and_str_tagged_scalars_are_strings(string text, string expected)
    {
        foreach (var dialect in new[] { Py, Go })
        {
            var value = Yaml11.Load($"v: {text}\n", dialect)["v"]!;
            value.Type.Should().Be(JTokenType.String);
            value.Value<string>().Should().Be(expected);
        }
    }

    [Theory]
    [InlineData(Py)]
    [InlineData(Go)]
    public void Block_scalars_are_strings(Yaml11Dialect dialect)
    {
        var doc = Yaml11.Load("literal: |\n  yes\n  1e3\nfolded: >\n  on\n  off\n", dialect);

        doc["literal"]!.Type.Should().Be(JTokenType.String);
        doc["literal"]!.Value<string>().Should().Be("yes\n1e3\n");
        doc["folded"]!.Value<string>().Should().Be("on off\n");
    }

    [Fact]
    public void Unicode_keys_and_values_survive()
    {
        var doc = Yaml11.Load("név: \"日本語 ✓\"\nemoji: 🚀\n", Py);

        doc["név"]!.Value<string>().Should().Be("日本語 ✓");
        doc["emoji"]!.Value<string>().Should().Be("🚀");
    }

    [Fact]
    public void Timestamps_are_dates_for_PyYaml_and_text_for_go_yaml()
    {
        const string yaml = "day: 2001-12-14\nstamp: 2001-12-14T21:59:43.10-05:00\nspaced: 2001-12-14 21:59:43.10 -5\nshort: 2001-1-2\n";
        var py = Yaml11.Load(yaml, Py);
        var go = Yaml11.Load(yaml, Go);

        py["day"]!.Type.Should().Be(JTokenType.Date);
        py["day"]!.Value<DateTime>().Should().Be(new DateTime(2001, 12, 14));
        py["stamp"]!.Type.Should().Be(JTokenType.Date);
        ((JValue)py["stamp"]!).Value.Should().Be(new DateTimeOffset(2001, 12, 14, 21, 59, 43, 100, TimeSpan.FromHours(-5)));
        py["spaced"]!.Type.Should().Be(JTokenType.Date);
        py["short"]!.Value<string>().Should().Be("2001-1-2", "the resolver wants two-digit month and day without a time");
        go["day"]!.Value<string>().Should().Be("2001-12-14");
        go["stamp"]!.Type.Should().Be(JTokenType.String);
    }

    [Fact]
    public void An_impossible_date_fails_in_PyYaml_but_is_text_in_go_yaml()
    {
        var read = () => Yaml11.Load("v: 2001-02-30\n", Py);

        read.Should().Throw<InvalidDataException>().WithMessage("*2001-02-30*line 1*");
        Yaml11.Load("v: 2001-02-30\n", Go)["v"]!.Value<string>().Should().Be("2001-02-30");
    }

    [Theory]
    [InlineData("!!int \"0660\"", Py, 432L)]
    [InlineData("!!int \"0660\"", Go, 432L)]
    [InlineData("!!float \"1\"", Go, 1.0)]
    [InlineData("!!float 1e3", Py, 1000.0)]
    [InlineData("!!bool \"on\"", Py, true)]
    [InlineData("!!null \"\"", Go, null)]
    [InlineData("! 12", Py, 12L)]
    [InlineData("! 12", Go, "12")]
    public void Explicit_tags_are_constructed_like_the_reader_does(string text, Yaml11Dialect dialect, object? expected)
    {
        var value = Yaml11.Load($"v: {text}\n", dialect)["v"];

        Same(value, expected).Should().BeTrue($"{text} under {dialect} gave {value?.Type} {value}");
    }

    [Theory]
    [InlineData("v: !!int abc\n")]
    [InlineData("v: !custom x\n")]
    [InlineData("v: !!binary aGk=\n")]
    public void Unsupported_or_invalid_tags_throw(string yaml)
    {
        foreach (var dialect in new[] { Py, Go })
        {
            var read = () => Yaml11.Load(yaml, dialect);
            read.Should().Throw<InvalidDataException>();
        }
    }

    [Theory]
    [InlineData("on: 1\n", Py, "on")]
    [InlineData("on: 1\n", Go, "on")]
    [InlineData("y: 1\n", Go, "y")]
    [InlineData("1: a\n", Py, "1")]
    [InlineData("a: 1\n~: b\n", Py, "~")]
    [InlineData("x:\n  1.5: a\n", Go, "1.5")]
    [InlineData("2001-12-14: x\n", Py, "2001-12-14")]
    public void Plain_keys_that_are_not_strings_throw_with_key_and_line(string yaml, Yaml11Dialect dialect, string key)
    {
        var read = () => Yaml11.Load(yaml, dialect);

        var line = yaml.Split('\n').ToList().FindIndex(l => l.TrimStart().StartsWith(key, StringComparison.Ordinal)) + 1;
        read.Should().Throw<InvalidDataException>().WithMessage($"*'{key}'*line {line}*quote it*");
    }

    [Fact]
    public void Keys_that_only_go_yaml_types_are_fine_for_PyYaml_and_quoted_keys_are_fine_for_both()
    {
        Yaml11.Load("y: 1\nn: 2\n", Py).Should().BeOfType<JObject>().Which.Should().ContainKey("y");
        Yaml11.Load("2001-12-14: x\n", Go)["2001-12-14"]!.Value<string>().Should().Be("x");
        Yaml11.Load("\"on\": 1\n'1': 2\n", Go).Should().BeOfType<JObject>().Which.Properties().Select(p => p.Name)
            .Should().Equal("on", "1");
    }

    [Fact]
    public void Complex_and_duplicate_keys_throw()
    {
        var complex = () => Yaml11.Load("? [a, b]\n: 1\n", Py);
        var duplicate = () => Yaml11.Load("a: 1\nb: 2\na: 3\n", Go);

        complex.Should().Throw<InvalidDataException>().WithMessage("*line 1*");
        duplicate.Should().Throw<InvalidDataException>().WithMessage("*a*");
    }

    [Fact]
    public void PyYaml_cannot_construct_plain_value_or_merge_scalars()
    {
        var value = () => Yaml11.Load("v: =\n", Py);
        var merge = () => Yaml11.Load("v: <<\n", Py);

        value.Should().Throw<InvalidDataException>().WithMessage("*'='*");
        merge.Should().Throw<InvalidDataException>();
        Yaml11.Load("v: <<\n", Go)["v"]!.Value<string>().Should().Be("<<");
    }

    [Theory]
    [InlineData(Py)]
    [InlineData(Go)]
    public void Merge_keys_merge_with_explicit_keys_and_earlier_maps_winning(Yaml11Dialect dialect)
    {
        const string yaml = """
            a: &a {p: 1, q: 1}
            b: &b {q: 2, r: 2}
            one:
              <<: *a
              p: 0
            many:
              <<: [*a, *b]
            """;

        var doc = Yaml11.Load(yaml, dialect);

        JToken.DeepEquals(doc["one"], JObject.Parse("{\"p\": 0, \"q\": 1}")).Should().BeTrue(doc["one"]!.ToString());
        JToken.DeepEquals(doc["many"], JObject.Parse("{\"p\": 1, \"q\": 1, \"r\": 2}")).Should().BeTrue(doc["many"]!.ToString());
    }

    [Fact]
    public void Merging_a_scalar_throws()
    {
        var read = () => Yaml11.Load("a: &a 1\nb:\n  <<: *a\n", Py);

        read.Should().Throw<InvalidDataException>().WithMessage("*merge*");
    }

    [Fact]
    public void Aliases_are_resolved_and_recursive_ones_throw()
    {
        var doc = Yaml11.Load("base: &b [on, 1]\ncopy: *b\n", Go);
        var recursive = () => Yaml11.Load("a: &x [*x]\n", Py);

        JToken.DeepEquals(doc["copy"], new JArray(true, 1L)).Should().BeTrue();
        recursive.Should().Throw<InvalidDataException>().WithMessage("*recursive*");
    }

    [Fact]
    public void LoadAll_reads_every_document_and_skips_empty_ones()
    {
        const string yaml = "# leading comment\n---\na: 1\n---\n---\n# only a comment\n---\n- yes\n--- ~\n---\n'x'\n...\n";

        var docs = Yaml11.LoadAll(yaml, Py);

        docs.Should().HaveCount(4);
        JToken.DeepEquals(docs[0], JObject.Parse("{\"a\": 1}")).Should().BeTrue();
        JToken.DeepEquals(docs[1], new JArray(true)).Should().BeTrue();
        docs[2].Type.Should().Be(JTokenType.Null, "an explicit ~ document is a null document, not an empty one");
        docs[3].Value<string>().Should().Be("x");
        Yaml11.LoadAll("", Go).Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("a: 1\n---\nb: 2\n")]
    public void Load_demands_exactly_one_document(string yaml)
    {
        var read = () => Yaml11.Load(yaml, Py);

        read.Should().Throw<InvalidDataException>().WithMessage("*exactly one*");
    }

    [Fact]
    public void Syntax_errors_become_InvalidDataException()
    {
        var read = () => Yaml11.LoadAll("a: [1, 2\n", Go);

        read.Should().Throw<InvalidDataException>().WithMessage("invalid YAML*");
    }

    [Fact]
    public void Integers_beyond_64_bits_fall_back_to_double_or_text()
    {
        Same(Yaml11.ResolvePlain("18446744073709551615", Go), ulong.MaxValue).Should().BeTrue();
        Yaml11.ResolvePlain("99999999999999999999", Py).Type.Should().Be(JTokenType.Float);
        Yaml11.ResolvePlain("99999999999999999999", Go).Type.Should().Be(JTokenType.Float, "go-yaml retries it as a float");
        Yaml11.ResolvePlain("0x1FFFFFFFFFFFFFFFF", Go).Type.Should().Be(JTokenType.String, "go-yaml keeps unparseable hex as text");
    }

    private static bool Same(JToken? actual, object? expected) => expected switch
    {
        null => actual is { Type: JTokenType.Null },
        double d when double.IsNaN(d) => actual is { Type: JTokenType.Float } && double.IsNaN(actual.Value<double>()),
        _ => actual is not null && JToken.DeepEquals(actual, new JValue(expected)) && actual.Type == new JValue(expected).Type,
    };
}
