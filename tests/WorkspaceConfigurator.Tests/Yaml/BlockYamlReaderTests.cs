using System.Reflection;
using System.Text;
using FluentAssertions;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Tests.Robustness;
using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Tests.Yaml;

/// <summary>
/// The block reader is a shortcut: for every text it either gives up (null) or reads exactly what the strict reader
/// (the values-file reader, on YamlDotNet's parser) reads. The strict reader is the oracle, over the repository's
/// YAML files, generated trees and damaged copies of both.
/// </summary>
public sealed class BlockYamlReaderTests
{
    private const int Seed = 20261121;

    private static readonly ValuesReadLimits Limits = ValuesReadLimits.Default;

    private static readonly string RepositoryRoot = typeof(BlockYamlReaderTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static TheoryData<string> RepositoryYamlFiles() => new(YamlFilePaths());

    private static IEnumerable<string> YamlFilePaths()
    {
        foreach (var folder in new[] { "assets", "profiles", Path.Combine("tests", "WorkspaceConfigurator.Tests", "Kubernetes", "Fixtures") })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                yield return Path.GetRelativePath(RepositoryRoot, file);
            }
        }
    }

    [Theory]
    [MemberData(nameof(RepositoryYamlFiles))]
    public void Repository_yaml_files_read_as_the_strict_reader_reads_them(string path)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, path));
        AssertAgrees(text, path);
    }

    [Theory]
    [InlineData("assets/coder/manifests/coder-dask-gateway/dask-gateway.yaml")]
    [InlineData("profiles/ExampleSiteProfiles/assets/manifests/mlflow-coder/mlflow.yaml")]
    public void Manifests_in_use_take_the_fast_path(string path)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, path));
        BlockYamlReader.TryRead(text, Limits.MaxDepth).Should().NotBeNull().And.NotBeEmpty();
    }

    [Fact]
    public void Damaged_repository_files_are_read_as_the_strict_reader_reads_them_or_left_to_it()
    {
        var random = new Random(Seed);
        foreach (var path in YamlFilePaths())
        {
            var text = File.ReadAllText(Path.Combine(RepositoryRoot, path));
            for (var i = 0; i < 500; i++)
            {
                AssertAgrees(Damage(text, random), $"{path}, damage #{i}");
            }
        }
    }

    [Fact]
    public void Generated_trees_read_back_as_the_strict_reader_reads_them()
    {
        var generator = new TreeGenerator(Seed + 1);
        var accepted = 0;
        const int Count = 3000;
        for (var i = 0; i < Count; i++)
        {
            var text = generator.Stream();
            if (AssertAgrees(text, $"tree #{i}:\n{text}"))
            {
                accepted++;
            }
        }

        accepted.Should().BeGreaterThan(Count * 3 / 4, "most generated trees are in the subset");
    }

    [Fact]
    public void Damaged_generated_trees_are_read_as_the_strict_reader_reads_them_or_left_to_it()
    {
        var generator = new TreeGenerator(Seed + 2);
        var random = new Random(Seed + 3);
        for (var i = 0; i < 5000; i++)
        {
            var text = Damage(generator.Stream(), random);
            AssertAgrees(text, $"damaged tree #{i}:\n{text}");
        }
    }

    [Theory]
    [InlineData("a: |\n  x\n\n\nb: 1\n")]
    [InlineData("a: |-\n  x\n\n  y\n\n")]
    [InlineData("a: |+\n  x\n\n\n# c\n\nb: 1\n")]
    [InlineData("a: |+\n  x\n\n")]
    [InlineData("a: |\n\n  x\n  # not a comment\n")]
    [InlineData("- |\n x\n- |-\n   y\n")]
    [InlineData("- a: |\n   x\n  b: 2\n")]
    [InlineData("- a: 1\n  b:\n  - x\n  - y: 1\n    z: [] # empty\n- {}\n")]
    [InlineData("---\n# only a comment\n---\na: 'it''s' # c\nb: \"q\\\"\\n\\t\\\\\"\n...\n---\n- -1\n- x#y\n- x{y}[z],w - v\n")]
    [InlineData("a:\n  b:\n    c: 1\n  d: 2\ne: 3\n")]
    [InlineData("'a': 1\n\"b c\": 2\n-d: 3\nx#: 4\n")]
    [InlineData("a:\n-\n- b\n")]
    [InlineData("a: b\n")]
    public void Hand_written_cases_take_the_fast_path_and_agree(string text)
    {
        BlockYamlReader.TryRead(text, Limits.MaxDepth).Should().NotBeNull();
        AssertAgrees(text, text).Should().BeTrue();
    }

    [Theory]
    [InlineData("a:\n\tb: 1\n")] // tab
    [InlineData("a: 1\r\nb: 2\r\n")] // CR
    [InlineData("a: &x 1\nb: 2\n")] // anchor
    [InlineData("a: *x\n")] // alias
    [InlineData("a: !!str 1\n")] // tag
    [InlineData("? a\n: 1\n")] // complex key
    [InlineData("%YAML 1.1\n---\na: 1\n")] // directive
    [InlineData("a: [1, 2]\n")] // flow sequence with content
    [InlineData("a: {b: 1}\n")] // flow mapping with content
    [InlineData("a: >\n  folded\n")] // folded scalar
    [InlineData("a: |2\n   x\n")] // indentation indicator
    [InlineData("a: b\n  c\n")] // multi-line plain
    [InlineData("a: 'b\n  c'\n")] // multi-line single-quoted
    [InlineData("a: \"b\\x41\"\n")] // other escape
    [InlineData("a: 1\na: 2\n")] // duplicate key
    [InlineData("1: a\n")] // non-string key
    [InlineData("<<: {}\n")] // merge key
    [InlineData("a: b: c\n")] // ": " in a plain scalar
    [InlineData("a: b:\n")] // ':' ending a plain scalar
    [InlineData("just a scalar\n")] // scalar document
    [InlineData("a: |\n  x")] // block at the end without a line break
    [InlineData("a: |\n  x\n    \n")] // spaces-only line deeper than the block
    [InlineData("a:\n  - x\n  y: 1\n")] // mapping line after a sequence at the same indentation
    [InlineData("- a\nb: c\n")] // syntax error
    [InlineData("a: \"unterminated\n")] // syntax error
    [InlineData("  a: 1\n")] // indented root
    public void Text_outside_the_subset_is_left_to_the_strict_reader(string text)
    {
        BlockYamlReader.TryRead(text, Limits.MaxDepth).Should().BeNull();
        AssertAgrees(text, text);
    }

    [Fact]
    public void Errors_are_the_strict_readers_naming_the_template_and_line()
    {
        var act = () => YamlTemplateReader.ReadDocuments("a:\n  <<: {}\n", "manifests/m.yaml");
        act.Should().Throw<FormatException>().WithMessage("manifests/m.yaml:2:3: a: merge keys ('<<') are not supported*");
    }

    [Fact]
    public void Keys_that_read_as_other_types_are_left_to_the_strict_reader_which_keeps_their_text()
    {
        // As in a values file's manifest_file: the key is its text, written back quoted so it stays text.
        const string Text = "a:\n  true: 1\n";
        BlockYamlReader.TryRead(Text, Limits.MaxDepth).Should().BeNull();
        YamlWriter.Write(YamlTemplateReader.ReadDocuments(Text).Single()).Should().Be("a:\n  \"true\": 1\n");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(99)]
    [InlineData(100)]
    public void Nesting_up_to_the_depth_limit_takes_the_fast_path(int depth)
    {
        var text = Nested(depth);
        BlockYamlReader.TryRead(text, Limits.MaxDepth).Should().NotBeNull();
        AssertAgrees(text, $"{depth} deep").Should().BeTrue();
    }

    [Theory]
    [InlineData("k:\n")] // a 101st mapping
    [InlineData("{}")]
    [InlineData("[]")]
    public void Nesting_past_the_depth_limit_is_left_to_the_strict_reader_which_refuses_it(string level101)
    {
        // 100 mappings, the innermost holding a collection at level 101.
        var text = level101 == "k:\n" ? Nested(101) : Nested(100).Replace("leaf", level101, StringComparison.Ordinal);
        BlockYamlReader.TryRead(text, Limits.MaxDepth).Should().BeNull();
        var act = () => YamlTemplateReader.ReadDocuments(text, "deep.yaml");
        act.Should().Throw<FormatException>().WithMessage("deep.yaml:*: nested deeper than 100 levels*");
    }

    // depth mappings, one key each, the innermost holding a scalar.
    private static string Nested(int depth)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append(' ', i).Append("k:").Append(i == depth - 1 ? " leaf\n" : "\n");
        }

        return text.ToString();
    }

    // True when the block reader read the text; fails when it read something the strict reader reads otherwise or rejects.
    private static bool AssertAgrees(string text, string because)
    {
        var fast = BlockYamlReader.TryRead(text, Limits.MaxDepth);
        if (fast is null)
        {
            return false;
        }

        IReadOnlyList<YamlNode> expected;
        try
        {
            expected = YamlTemplateReader.ReadStrictly(text, "t.yaml", Limits);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"the block reader accepted what the strict reader rejects ({e.Message}): {because}", e);
        }

        fast.Select(YamlWriter.Write).Should().Equal(expected.Select(YamlWriter.Write), because);
        fast.Should().Equal(expected, because);
        return true;
    }

    // One small edit of the kind that breaks YAML: a character removed, added or doubled, a line moved.
    private static string Damage(string text, Random random)
    {
        if (text.Length == 0)
        {
            return " ";
        }

        var at = random.Next(text.Length);
        const string Inserts = " :-#'\"|>\n\t[]{}&*!?%@`\\,.0a~";
        return random.Next(4) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, Inserts[random.Next(Inserts.Length)].ToString()),
            2 => text.Insert(at, new string(' ', random.Next(1, 4))),
            _ => MoveLine(text, random),
        };
    }

    private static string MoveLine(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var from = random.Next(lines.Count);
        var line = lines[from];
        lines.RemoveAt(from);
        lines.Insert(random.Next(lines.Count + 1), line);
        return string.Join('\n', lines);
    }

    /// <summary>Seeded YAML streams written by <see cref="YamlWriter"/> from random trees.</summary>
    private sealed class TreeGenerator(int seed)
    {
        private static readonly string[] Pieces =
        [
            "a", "name", "b-c", "x_y", " ", "  ", ":", ": ", "#", " #", "'", "\"", "\\", "\n", "\n\n", "-", "- ", "0", "1.5", "yes", "null",
            "{{ x }}", "ü", "🎉", "[", "]", "{", "}", ",", "|", ">", "&", "*", "!", "%", "@", "`", "?", "~", "---", "...", "<<", "0x1F", ".inf",
        ];

        private static readonly string[] Typed = ["0", "-12", "0755", "0x1F", "1_000", "1:30", "0.5", ".5", "-1.5e+3", ".inf", ".nan"];

        private readonly Random random = new(seed);
        private readonly RandomInputs nasty = new(seed);

        public string Stream()
        {
            var builder = new StringBuilder();
            if (random.Next(3) == 0)
            {
                builder.Append("# generated\n");
            }

            var documents = random.Next(1, 4);
            for (var i = 0; i < documents; i++)
            {
                if (i > 0 || random.Next(2) == 0)
                {
                    builder.Append("---\n");
                }

                builder.Append(YamlWriter.Write(random.Next(5) == 0 ? Sequence(0) : Mapping(0)));
            }

            return builder.ToString();
        }

        private YamlNode Node(int depth) => random.Next(depth >= 3 ? 6 : 9) switch
        {
            0 or 1 or 2 => YamlNode.Str(Text()),
            3 => PlainScalarResolver.Resolve(Typed[random.Next(Typed.Length)]),
            4 => random.Next(3) switch { 0 => YamlNode.Null, 1 => YamlNode.Bool(true), _ => YamlNode.Bool(false) },
            5 => random.Next(2) == 0 ? YamlNode.Seq([]) : new YamlMapping(ValueList<YamlEntry>.Empty),
            6 or 7 => Mapping(depth + 1),
            _ => Sequence(depth + 1),
        };

        private YamlMapping Mapping(int depth)
        {
            var builder = new YamlMappingBuilder();
            var keys = new HashSet<string>();
            var count = random.Next(1, 5);
            for (var i = 0; i < count; i++)
            {
                var key = random.Next(3) == 0 ? Text() : Pieces[random.Next(3)] + i;
                if (keys.Add(key))
                {
                    builder.Add(key, Node(depth));
                }
            }

            return builder.Build();
        }

        private YamlSequence Sequence(int depth) => YamlNode.Seq(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Node(depth)).ToList());

        // Mostly printable pieces (so that the text stays in the subset); now and then anything at all.
        private string Text() => random.Next(10) == 0
            ? nasty.Fragmented(4)
            : string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Pieces[random.Next(Pieces.Length)]));
    }
}
