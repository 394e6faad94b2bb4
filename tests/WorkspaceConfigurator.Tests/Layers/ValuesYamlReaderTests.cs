using System.Diagnostics;
using System.Text;
using CsCheck;
using FluentAssertions;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Tests.Robustness;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Layers;

/// <summary>
/// Values files are read into nodes that know where they were written, and every file the rules refuse is one
/// line naming the file, line, column and path.
/// </summary>
public sealed class ValuesYamlReaderTests
{
    private const string Site = "site.yaml";

    private static ValuesNode? Read(string text, ValuesReadLimits? limits = null) =>
        ValuesYamlReader.Read(text, Site, limits ?? ValuesReadLimits.Default);

    private static ValuesMapping ReadMapping(string text) => Read(text).Should().BeOfType<ValuesMapping>().Subject;

    private static string Error(string text, ValuesReadLimits? limits = null)
    {
        var act = () => Read(text, limits);
        var message = act.Should().Throw<ValuesFileException>().Which.Message;
        message.Should().NotContain("\n").And.NotContain("\r");
        return message;
    }

    private static ValuesNode At(ValuesNode node, params object[] steps)
    {
        foreach (var step in steps)
        {
            node = step switch
            {
                string key => ((ValuesMapping)node).Find(key)!.Value,
                int index => ((ValuesSequence)node).Items[index],
                _ => throw new ArgumentException("a step is a key or an index"),
            };
        }

        return node;
    }

    private static string Position(ValuesNode node) => $"{node.Mark.Line}:{node.Mark.Column}";

    [Fact]
    public void Block_keys_and_values_are_marked_where_they_start()
    {
        var root = ReadMapping("""
            # site profiles
            profiles:
              coder:
                image: "jupyter/base"
                cpu: 2
                groups:
                  - staff
                  - 'admins'
            """);

        root.Mark.Should().Be(new SourceMark(Site, 2, 1));
        var profiles = root.Entries.Single();
        Position(profiles.Key).Should().Be("2:1");
        Position(profiles.Value).Should().Be("3:3");
        var coder = (ValuesMapping)At(root, "profiles", "coder");
        Position(coder).Should().Be("4:5");
        coder.Entries.Select(e => e.Key.Text).Should().Equal("image", "cpu", "groups");
        coder.Entries.Select(e => Position(e.Key)).Should().Equal("4:5", "5:5", "6:5");
        Position(At(coder, "image")).Should().Be("4:12");
        Position(At(coder, "cpu")).Should().Be("5:10");
        Position(At(coder, "groups")).Should().Be("7:7");
        Position(At(coder, "groups", 0)).Should().Be("7:9");
        Position(At(coder, "groups", 1)).Should().Be("8:9");
    }

    [Fact]
    public void Flow_keys_and_values_are_marked_where_they_start()
    {
        var root = ReadMapping("a: 1\ngroups: [x, \"y\", {k: v, 'q': [w]}]\n");

        var groups = (ValuesSequence)At(root, "groups");
        Position(groups).Should().Be("2:9");
        groups.Items.Select(Position).Should().Equal("2:10", "2:13", "2:18");
        var inner = (ValuesMapping)groups.Items[2];
        inner.Entries.Select(e => Position(e.Key)).Should().Equal("2:19", "2:25");
        inner.Entries.Select(e => Position(e.Value)).Should().Equal("2:22", "2:30");
        Position(At(inner, "q", 0)).Should().Be("2:31");
    }

    [Fact]
    public void Scalars_keep_their_text_and_whether_they_were_plain()
    {
        var root = ReadMapping("a: yes\nb: \"yes\"\nc: 'it''s'\nd: |\n  line\n  two\ne: >\n  folded\n  text\nf: 0755\n\"g\": \"\\t\"\n");

        Scalar(root, "a").Should().Be(("yes", true));
        Scalar(root, "b").Should().Be(("yes", false));
        Scalar(root, "c").Should().Be(("it's", false));
        Scalar(root, "d").Should().Be(("line\ntwo\n", false));
        Scalar(root, "e").Should().Be(("folded text\n", false));
        Scalar(root, "f").Should().Be(("0755", true));
        Scalar(root, "g").Should().Be(("\t", false));
        root.Entries.Select(e => e.Key.IsPlain).Should().Equal(true, true, true, true, true, true, false);

        static (string, bool) Scalar(ValuesMapping root, string key)
        {
            var scalar = (ValuesScalar)root.Find(key)!.Value;
            return (scalar.Text, scalar.IsPlain);
        }
    }

    [Fact]
    public void Null_forms_are_plain_and_quoted_ones_are_text()
    {
        var root = ReadMapping("a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: \"null\"\ng: ''\nh: nil\n");

        root.Entries.Select(e => ((ValuesScalar)e.Value).IsNull).Should().Equal(true, true, true, true, true, false, false, false);
        Position(At(root, "a")).Should().Be("1:3");
        At(root, "a").KindName.Should().Be("null");
        At(root, "f").KindName.Should().Be("a value");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("# only a comment\n   # and another\n")]
    [InlineData("---\n")]
    [InlineData("---")]
    [InlineData("--- # an empty document\n...\n")]
    public void An_empty_document_is_null(string text) => Read(text).Should().BeNull();

    [Fact]
    public void A_document_that_is_only_null_is_a_value_not_empty() =>
        Read("~\n").Should().BeOfType<ValuesScalar>().Which.IsNull.Should().BeTrue();

    [Theory]
    [InlineData("a: 1\n---\nb: 2\n", "site.yaml:2:1: a values file holds one document; found a second one here")]
    [InlineData("---\na: 1\n---\n", "site.yaml:3:1: a values file holds one document; found a second one here")]
    [InlineData("a: 1\n...\nb: 2\n", "site.yaml:3:1: a values file holds one document; found a second one here")]
    public void A_second_document_is_refused_where_it_starts(string text, string expected) => Error(text).Should().Be(expected);

    [Theory]
    [InlineData("a: [1, 2\n", "site.yaml:2:1: invalid YAML: ")]
    [InlineData("a: b: c\n", "site.yaml:1:5: invalid YAML: ")]
    [InlineData("a: 1\n b: 2\n", "site.yaml:2:3: invalid YAML: ")]
    [InlineData("a: \"unterminated\n", "site.yaml:")]
    [InlineData("a: 1\n\tb: 2\n", "site.yaml:")]
    [InlineData("key: @at\n", "site.yaml:1:6: invalid YAML: ")]
    [InlineData("a:\n  b: [a,\nc\n", "site.yaml:3:1: invalid YAML: ")]
    public void Syntax_errors_are_one_line_at_their_position(string text, string prefix)
    {
        var message = Error(text);
        message.Should().StartWith(prefix).And.Contain("invalid YAML: ").And.MatchRegex(@"^site\.yaml:\d+:\d+: invalid YAML: \S");
    }

    [Theory]
    [InlineData("a: 1\nb: x\0y\n", "site.yaml:2:5: character U+0000")]
    [InlineData("a: 1\r\n\u0001: 2\n", "site.yaml:2:1: character U+0001")]
    [InlineData("a: 1\rb: \"\u001b[31m\"\n", "site.yaml:2:5: character U+001B")]
    [InlineData("a: \uFFFE\n", "site.yaml:1:4: character U+FFFE")]
    public void Characters_yaml_does_not_allow_are_refused_where_they_are(string text, string prefix) =>
        Error(text).Should().Be($"{prefix} is not allowed in YAML (printable characters, tabs and line breaks are; write it as an escape in double quotes)");

    [Fact]
    public void A_lone_surrogate_is_refused() => // built here: an attribute argument cannot hold one
        Error("a: x" + '\uD800' + "\n").Should().StartWith("site.yaml:1:5: character U+D800 is not allowed in YAML");

    [Fact]
    public void Tabs_astral_characters_and_escapes_are_fine() =>
        ((ValuesScalar)At(ReadMapping("a: \"x\ty\\x01 🎉\"\t# comment\n"), "a")).Text.Should().Be("x\ty\u0001 🎉");

    [Theory]
    [InlineData("? [a]\n: 1\n", "site.yaml:1:3: a key must be a plain or quoted text")]
    [InlineData("{[a]: 1}\n", "site.yaml:1:2: a key must be a plain or quoted text")]
    [InlineData("profiles:\n  ? {a: 1}\n  : x\n", "site.yaml:2:5: profiles: a key must be a plain or quoted text")]
    [InlineData("a: &k x\n*k : 1\n", "site.yaml:2:1: a key must be a plain or quoted text, not an alias")]
    [InlineData("? |\n  block\n: 1\n", "site.yaml:1:3: \"block\\n\": a key must be a plain or quoted text, not a block ('|' or '>')")]
    [InlineData("a:\n  : 1\n", "site.yaml:2:4: a: a key must be a plain or quoted text; this one is empty")]
    public void Keys_must_be_plain_or_quoted_text(string text, string expected) => Error(text).Should().Be(expected);

    [Fact]
    public void A_duplicate_key_is_refused_at_the_second_naming_the_first()
    {
        Error("profiles:\n  coder:\n    env: {}\n    image: x\n    env: {A: b}\n")
            .Should().Be("site.yaml:5:5: profiles.coder.env: duplicate key 'env' (first at line 3); give each key once");
        Error("{a: 1, \"a\": 2}\n").Should().Be("site.yaml:1:8: a: duplicate key 'a' (first at line 1); give each key once");
    }

    [Fact]
    public void The_same_key_in_different_mappings_is_fine()
    {
        var root = ReadMapping("a: {env: 1}\nb: {env: 2}\n");
        ((ValuesScalar)At(root, "b", "env")).Text.Should().Be("2");
    }

    [Fact]
    public void Merge_keys_are_refused_and_a_quoted_one_is_a_plain_key()
    {
        Error("base: &b {a: 1}\nprofiles:\n  coder:\n    <<: *b\n").Should().Be(
            "site.yaml:4:5: profiles.coder: merge keys ('<<') are not supported; list the values, or include a profile with profiles: [...]");
        ReadMapping("\"<<\": 1\n").Entries.Single().Key.Text.Should().Be("<<");
    }

    [Theory]
    [InlineData("a: !!str x\n", "site.yaml:1:4: a: YAML tags are not supported ('!!str'); write plain values")]
    [InlineData("a: !!python/object/apply:os.system [\"ls\"]\n",
        "site.yaml:1:4: a: YAML tags are not supported ('!!python/object/apply:os.system'); write plain values")]
    [InlineData("a: !custom x\n", "site.yaml:1:4: a: YAML tags are not supported ('!custom'); write plain values")]
    [InlineData("a: !!binary aGk=\n", "site.yaml:1:4: a: YAML tags are not supported ('!!binary'); write plain values")]
    [InlineData("a: !<tag:example.com,2000:x> y\n", "site.yaml:1:4: a: YAML tags are not supported ('!<tag:example.com,2000:x>'); write plain values")]
    [InlineData("a: ! x\n", "site.yaml:1:4: a: YAML tags are not supported ('!'); write plain values")]
    [InlineData("a: !!map {b: 1}\n", "site.yaml:1:4: a: YAML tags are not supported ('!!map'); write plain values")]
    [InlineData("!!str k: 1\n", "site.yaml:1:1: k: YAML tags are not supported ('!!str'); write plain values")]
    [InlineData("--- !!set\n? a\n", "site.yaml:1:5: YAML tags are not supported ('!!set'); write plain values")]
    public void Tags_are_refused_and_named(string text, string expected) => Error(text).Should().Be(expected);

    [Fact]
    public void A_tag_deep_in_a_manifest_is_refused_with_its_path()
    {
        Error("""
            profiles:
              coder:
                manifests:
                  - apiVersion: v1
                    kind: ConfigMap
                  - apiVersion: v1
                    data:
                      x: !!python/object/apply:os.system ["rm -rf /"]
            """).Should().Be(
            "site.yaml:8:14: profiles.coder.manifests[1].data.x: YAML tags are not supported ('!!python/object/apply:os.system'); write plain values");
    }

    [Fact]
    public void Paths_quote_keys_that_would_read_as_more_path()
    {
        Error("metadata:\n  labels:\n    app.kubernetes.io/name: !!str x\n").Should().StartWith(
            "site.yaml:3:29: metadata.labels.\"app.kubernetes.io/name\": YAML tags");
    }

    [Fact]
    public void An_alias_is_the_same_node_as_its_anchor()
    {
        var root = ReadMapping("base: &b {cpu: 2, groups: [a]}\none: *b\ntwo: *b\nname: &n coder\nagain: *n\n");

        At(root, "one").Should().BeSameAs(At(root, "base"));
        At(root, "two").Should().BeSameAs(At(root, "base"));
        At(root, "again").Should().BeSameAs(At(root, "name"));
        Position(At(root, "one")).Should().Be("1:7");
    }

    [Fact]
    public void Aliases_count_the_nodes_they_repeat()
    {
        // The root, then base with its mapping of one entry (5), then each alias key and the 3 nodes it repeats.
        const string text = "base: &b {cpu: 2}\none: *b\ntwo: *b\n";
        Read(text, ValuesReadLimits.Default with { MaxNodes = 13 }).Should().NotBeNull();
        Error(text, ValuesReadLimits.Default with { MaxNodes = 12 })
            .Should().Be("site.yaml:3:6: two: aliases expand to more than 12 nodes (an alias bomb?); write the values out");
    }

    [Fact]
    public void Too_many_nodes_without_aliases_is_its_own_message() =>
        Error("[1, 2, 3, 4]\n", ValuesReadLimits.Default with { MaxNodes = 4 })
            .Should().Be("site.yaml:1:11: [3]: the file holds more than 4 nodes; split it into several files");

    [Fact]
    public void Billion_laughs_is_refused_quickly_and_in_little_memory()
    {
        var text = new StringBuilder("a0: &a0 \"lol\"\n");
        for (var level = 1; level <= 9; level++)
        {
            var alias = $"*a{level - 1}";
            text.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(alias, 9))}]\n");
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var message = Error(text.ToString());
        clock.Stop();

        message.Should().MatchRegex(@"^site\.yaml:\d+:\d+: a\d\[\d\]: aliases expand to more than 1000000 nodes \(an alias bomb\?\); write the values out$");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(16 * 1024 * 1024);
    }

    [Theory]
    [InlineData("a: *nope\n", "site.yaml:1:4: a: unknown alias '*nope'; an alias repeats a value marked '&nope' earlier in the file")]
    [InlineData("- *later\n- &later x\n", "site.yaml:1:3: [0]: unknown alias '*later'; an alias repeats a value marked '&later' earlier in the file")]
    [InlineData("a: &x [1, *x]\n", "site.yaml:1:11: a[1]: alias '*x' is inside the value '&x' it repeats (line 1); a value cannot contain itself")]
    [InlineData("a: &x 1\nb: &x 2\n", "site.yaml:2:4: b: anchor '&x' is defined twice (first at line 1); give each anchor its own name")]
    public void Aliases_must_name_an_earlier_finished_anchor(string text, string expected) => Error(text).Should().Be(expected);

    [Fact]
    public void Nesting_up_to_the_limit_is_read_and_one_more_level_is_refused()
    {
        var deepest = Read(new string('[', 100) + new string(']', 100));
        for (var level = 1; level < 100; level++)
        {
            deepest = ((ValuesSequence)deepest!).Items.Single();
        }

        ((ValuesSequence)deepest!).Items.Should().BeEmpty();
        Error(new string('[', 101) + new string(']', 101)).Should().StartWith("site.yaml:1:101: [0][0]")
            .And.EndWith("[0]: nested deeper than 100 levels (mappings and lists may nest 100 deep)");
    }

    [Fact]
    public void A_block_too_deep_is_refused_at_the_node_with_its_path() =>
        Error("a:\n  b:\n    c:\n      d: 1\n", ValuesReadLimits.Default with { MaxDepth = 3 })
            .Should().Be("site.yaml:4:7: a.b.c: nested deeper than 3 levels (mappings and lists may nest 3 deep)");

    [Theory]
    [InlineData("flow lists")]
    [InlineData("flow mappings")]
    [InlineData("block lists")]
    [InlineData("block mappings")]
    public void Hundred_thousand_levels_are_refused_without_overflowing_the_stack(string shape)
    {
        const int levels = 100_000;
        var text = shape switch
        {
            "flow lists" => new string('[', levels) + new string(']', levels),
            "flow mappings" => new StringBuilder().Insert(0, "{a: ", levels).Append('1').Append('}', levels).ToString(),
            "block lists" => new StringBuilder().Insert(0, "- ", levels).Append("x\n").ToString(),
            _ => BlockMappings(2_000), // each level indents one more space: 100,000 levels would be 5 GB of text
        };

        var clock = Stopwatch.StartNew();
        Error(text).Should().Contain(": nested deeper than 100 levels (mappings and lists may nest 100 deep)");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));

        static string BlockMappings(int depth)
        {
            var text = new StringBuilder();
            for (var i = 0; i < depth; i++)
            {
                text.Append(' ', i).Append("k:\n");
            }

            return text.ToString();
        }
    }

    [Fact]
    public void Text_over_the_size_limit_is_refused_before_parsing()
    {
        var limits = ValuesReadLimits.Default with { MaxBytes = 10 };
        Read("a: 1234567", limits).Should().NotBeNull();
        Error("a: 12345678", limits).Should().Be("site.yaml:1:1: the file is 11 bytes, more than the 10 bytes a values file may hold");

        // Six characters, twelve bytes: the limit is in UTF-8 bytes.
        Error("a: ééééé", limits).Should().Be("site.yaml:1:1: the file is 13 bytes, more than the 10 bytes a values file may hold");
        Error("[" + new string('x', 20), limits).Should().Contain("21 bytes");
    }

    [Fact]
    public void The_default_limits_are_16_MiB_100_levels_and_a_million_nodes() =>
        ValuesReadLimits.Default.Should().Be(new ValuesReadLimits(16 * 1024 * 1024, 100, 1_000_000));

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read_whole()
    {
        using var file = new TempFile(new byte[8 * 1024 * 1024]);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var act = () => ValuesYamlReader.ReadFile(file.Path, Site, ValuesReadLimits.Default with { MaxBytes = 1024 });

        act.Should().Throw<ValuesFileException>().WithMessage("site.yaml:1:1: the file is 8388608 bytes, more than the 1 KiB a values file may hold");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(1024 * 1024);
    }

    [FactWithFile("/dev/zero")]
    public void A_file_without_a_length_is_read_no_further_than_the_limit()
    {
        var act = () => ValuesYamlReader.ReadFile("/dev/zero", Site, ValuesReadLimits.Default with { MaxBytes = 4096 });

        act.Should().Throw<ValuesFileException>().WithMessage("site.yaml:1:1: the file is * the 4 KiB a values file may hold");
    }

    [Fact]
    public void A_file_is_read_with_its_positions()
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes("a: 1\nb: [x]\n"));

        var root = ValuesYamlReader.ReadFile(file.Path, Site, ValuesReadLimits.Default).Should().BeOfType<ValuesMapping>().Subject;

        root.Entries[1].Value.Mark.Should().Be(new SourceMark(Site, 2, 4));
    }

    [Fact]
    public void Invalid_utf8_is_refused_at_its_line_and_column()
    {
        using var file = new TempFile([.. "a: 1\nb: caf"u8, 0xE9, .. "\nc: 2\n"u8]);

        var act = () => ValuesYamlReader.ReadFile(file.Path, Site, ValuesReadLimits.Default);

        act.Should().Throw<ValuesFileException>().WithMessage("site.yaml:2:7: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    [Fact]
    public void A_truncated_utf8_sequence_at_the_end_is_refused()
    {
        using var file = new TempFile([.. "a: ü\r\nb: "u8, 0xE2, 0x82]);

        var act = () => ValuesYamlReader.ReadFile(file.Path, Site, ValuesReadLimits.Default);

        act.Should().Throw<ValuesFileException>().WithMessage("site.yaml:2:4: not valid UTF-8 (byte 0xE2); save the file as UTF-8");
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_not_counted_as_a_column()
    {
        using var file = new TempFile([0xEF, 0xBB, 0xBF, .. "a: ü\n"u8]);

        var root = ValuesYamlReader.ReadFile(file.Path, Site, ValuesReadLimits.Default).Should().BeOfType<ValuesMapping>().Subject;

        Position(root.Entries.Single().Key).Should().Be("1:1");
        ((ValuesScalar)root.Entries.Single().Value).Text.Should().Be("ü");
        ((ValuesMapping)Read("\uFEFFa: 1\n")!).Entries.Single().Key.Mark.Column.Should().Be(1);
    }

    [Fact]
    public void An_empty_file_is_null()
    {
        using var file = new TempFile([]);
        ValuesYamlReader.ReadFile(file.Path, Site, ValuesReadLimits.Default).Should().BeNull();
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_refused_naming_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"wsconf-missing-{Guid.NewGuid():N}", "site.yaml");
        var act = () => ValuesYamlReader.ReadFile(missing, Site, ValuesReadLimits.Default);
        act.Should().Throw<ValuesFileException>().WithMessage("site.yaml:1:1: cannot read the file: no such file");

        var folder = () => ValuesYamlReader.ReadFile(Path.GetTempPath(), Site, ValuesReadLimits.Default);
        folder.Should().Throw<ValuesFileException>().WithMessage("site.yaml:1:1: cannot read the file: it is a folder");

        var empty = () => ValuesYamlReader.ReadFile("", Site, ValuesReadLimits.Default);
        empty.Should().Throw<ValuesFileException>().WithMessage("site.yaml:1:1: cannot read the file: the path is empty or not valid");
    }

    [Fact]
    public void Errors_carry_their_parts_and_exit_code_2()
    {
        var error = ((Action)(() => Read("profiles:\n  coder:\n    groups: [a, !!str b]\n"))).Should().Throw<ValuesFileException>().Which;

        error.Mark.Should().Be(new SourceMark(Site, 3, 17));
        error.Path.Should().Be("profiles.coder.groups[1]");
        error.Problem.Should().Be("YAML tags are not supported ('!!str'); write plain values");
        error.ExitCode.Should().Be(2);
    }

    [Fact]
    public void Damaged_values_files_give_values_file_errors_only()
    {
        const string sample = "profiles:\n  coder:\n    image: \"jupyter/base\"\n    env: {A: '1', B: [x, &y y, *y]}\n    groups:\n      - staff\n    note: |\n      text\n";
        // Up to three characters cut at one place, and a few hostile fragments put there instead.
        var damaged = Gen.Select(Gen.Int[0, sample.Length], Gen.Int[0, 3], HostileStrings.Fragmented(3), (at, cut, inserted) =>
            sample[..at] + inserted + sample[Math.Min(at + cut, sample.Length)..]);
        SeededCases.Check(damaged, 20260301, 3000, text =>
        {
            try
            {
                Read(text);
            }
            catch (ValuesFileException e)
            {
                e.Message.Should().StartWith("site.yaml:").And.NotContain("\n");
            }
        }, HostileStrings.Quote);
    }

    [Theory]
    [InlineData("on", YamlScalarKind.Bool, "true")]
    [InlineData("no", YamlScalarKind.Bool, "false")]
    [InlineData("0755", YamlScalarKind.Int, "0755")]
    [InlineData("\"0755\"", YamlScalarKind.String, "0755")]
    [InlineData("'on'", YamlScalarKind.String, "on")]
    [InlineData("1.5e+3", YamlScalarKind.Float, "1.5e+3")]
    [InlineData("1e3", YamlScalarKind.String, "1e3")] // YAML 1.1 floats need a dot: PyYAML reads "1e3" as text
    [InlineData("~", YamlScalarKind.Null, "null")]
    [InlineData("", YamlScalarKind.Null, "null")]
    [InlineData("|\n  text", YamlScalarKind.String, "text\n")]
    [InlineData("coder", YamlScalarKind.String, "coder")]
    public void Scalars_convert_to_the_types_pyyaml_gives_them(string value, YamlScalarKind kind, string text)
    {
        var node = ValuesNodeConversion.ToYamlNode(At(ReadMapping($"v: {value}\n"), "v"));

        node.Should().Be(new YamlScalar(text, kind));
    }

    [Fact]
    public void Mappings_and_lists_convert_in_order_with_keys_as_their_text()
    {
        var node = ValuesNodeConversion.ToYamlNode(Read("yes: [b, 2]\n1: {z: ~, a: 'x'}\nbase: &b [1]\ncopy: *b\n")!);

        node.Should().Be(new YamlMapping(ValueList.Of(
            new YamlEntry("yes", YamlNode.Seq([YamlNode.Str("b"), new YamlScalar("2", YamlScalarKind.Int)])),
            new YamlEntry("1", new YamlMapping(ValueList.Of(new YamlEntry("z", YamlNode.Null), new YamlEntry("a", YamlNode.Str("x"))))),
            new YamlEntry("base", YamlNode.Seq([new YamlScalar("1", YamlScalarKind.Int)])),
            new YamlEntry("copy", YamlNode.Seq([new YamlScalar("1", YamlScalarKind.Int)])))));
    }

    /// <summary>A file in the temporary folder, deleted after the test.</summary>
    private sealed class TempFile : IDisposable
    {
        public TempFile(byte[] bytes)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"wsconf-values-{Guid.NewGuid():N}.yaml");
            File.WriteAllBytes(Path, bytes);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
