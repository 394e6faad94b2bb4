using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Text;
using CsCheck;
using FluentAssertions;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Profiles.Common;
using WorkspaceConfigurator.Tests.Support;
using Xunit.Abstractions;

namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>
/// wsconf's ladder held against <see cref="LadderReferenceModel"/>: random stacks of values files (the profile's own
/// entries in 1-3 files, mixins it includes that may include each other, an extends chain of 0-2 data profiles down
/// to coder, which may have entries and includes of its own, global: entries) and command lines (--groups, --image,
/// --storage-class-rwo, --override), written as YAML files and arguments and read through the CLI's stages. Each case
/// comes from its own fixed seed, so every run checks the same cases; CsCheck shrinks a failing one and prints the
/// seed of the smallest, which the environment variable CsCheck_Seed replays. The model's class rung is seeded from a
/// plan of the bare profile (what the hooks make), and from the list of settings the coder family sets itself.
/// </summary>
public sealed class LadderPropertyTests(ITestOutputHelper output)
{
    private const ulong Seed = 20261121;
    private const int CaseCount = 300;

    // Which settings the coder family sets itself (CodeServer, CoderProfile, WorkspaceProfile) and which it leaves
    // at the base default: the model's class rung holds only the former, so global: reaches only the latter.
    private static readonly IReadOnlyList<ScalarField> ScalarFields =
    [
        new(CoreSettings.StorageClassRwo, ClassSets: false, ["gp3", "efs-rwo", "fast"], "--storage-class-rwo"),
        new(CoreSettings.DefaultUrl, ClassSets: false, ["/lab", "/desktop", "/vscode/"]),
        new(CoreSettings.GpuLimit, ClassSets: false, ["0", "1", "2"]),
        new(CoreSettings.Groups, ClassSets: false, ["a", "a,b", "staff,b"], "--groups"),
        new(CoreSettings.CpuLimit, ClassSets: true, ["3", "4", "8"]),
        new(CoreSettings.Image, ClassSets: true, ["example.org/ws:1", "example.org/ws:2"], "--image"),
        new(WorkspaceSettings.WorkspaceVolumeSize, ClassSets: true, ["30Gi", "50Gi"]),
        new(CoreSettings.CpuGuarantee, ClassSets: true, ["1", "2"]),
    ];

    private static readonly IReadOnlyList<string> Mixins = ["m1", "m2", "m3"];
    private static readonly IReadOnlyList<string> Chain = ["d1", "d2"];
    private static readonly IReadOnlyList<string> MapFields = [CoreSettings.Env.Name, CoreSettings.NodeSelector.Name];
    private static readonly IReadOnlyList<string> EnvKeys = ["HOME", "XDG_DATA_HOME", "CWLTOOL_OPTIONS", "A", "B", "C"];
    private static readonly IReadOnlyList<string> SelectorKeys = ["pool", "disktype", "example.com/zone"];
    private static readonly IReadOnlyList<string> MapValues = ["red", "green", "blue"];
    private static readonly IReadOnlyList<string> ItemKeys = ["k1", "k2"];
    private static readonly IReadOnlyList<string> ItemContents = ["one", "two", "three"];
    private static readonly IReadOnlyList<string?> ItemMounts = ["/etc/a", "/etc/b", null];

    // Profile slots of a values file: the selected profile's entry, d1, d2, coder (when it is a parent), the mixins.
    private const int SlotCount = 7;

    private readonly Dictionary<string, Bare> bare = new(StringComparer.Ordinal) { ["coder"] = BareOf("coder"), ["x"] = BareOf("x") };

    private enum Facet
    {
        Scalars,
        Maps,
        Items,
    }

    [Fact]
    public void Scalars_take_the_highest_rung_that_sets_them_and_the_class_rung_only_for_what_the_class_sets()
    {
        var winners = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var ranAll = Run(Facet.Scalars, c =>
        {
            var model = Model(c);
            var settings = Plan(c).Settings;
            var mismatches = new List<string>();
            foreach (var field in ScalarFields)
            {
                var actual = field.Key.FormatValue(settings.Value(field.Key));
                var expected = model.Scalar(field.Key.Name) ?? "(none)";
                if (actual != expected)
                {
                    mismatches.Add($"{field.Key.Name}: wsconf {actual}, model {expected} (from {model.Winner(field.Key.Name).Name})");
                }

                winners.AddOrUpdate($"{field.Key.Name} <- {KindOf(c, model.Winner(field.Key.Name))}", 1, (_, n) => n + 1);
            }

            mismatches.Should().BeEmpty();
        });
        if (!ranAll)
        {
            return;
        }

        Report(winners);
        Won(winners, "storage_class_rwo").Should().Contain(["override", "option", "own", "include", "extends", "global", "default"]);
        Won(winners, "cpu_limit").Should().Contain(["override", "own", "include", "extends", "class"]);
        Won(winners, "default_url").Should().Contain(["override", "own", "global", "default"]);
        Won(winners, "image").Should().Contain(["override", "option", "own", "class"]);
    }

    [Fact]
    public void Maps_fold_from_the_lowest_rung_up_with_the_hooks_entries_at_the_class_rung()
    {
        var reached = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var ranAll = Run(Facet.Maps, c =>
        {
            var model = Model(c);
            var spec = Plan(c).Spec!;
            spec.Env.Select(e => $"{e.Key}={e.Value}").Should().Equal(model.Map(CoreSettings.Env.Name).Select(e => $"{e.Key}={e.Value}"), "env");
            spec.NodeSelector.Select(e => $"{e.Key}={e.Value}").Should().Equal(model.Map(CoreSettings.NodeSelector.Name).Select(e => $"{e.Key}={e.Value}"), "node_selector");
            foreach (var rung in model.Rungs)
            {
                foreach (var op in rung.MapOps.Where(op => rung.Name != "class"))
                {
                    reached.AddOrUpdate($"{op.Field} {op.Op} at {KindOf(c, rung)}", 1, (_, n) => n + 1);
                }
            }
        });
        if (!ranAll)
        {
            return;
        }

        Report(reached);
        foreach (var field in MapFields)
        {
            foreach (var kind in new[] { "override", "own", "include", "extends", "global" })
            {
                foreach (var op in new[] { ModelOp.Set, ModelOp.Delete, ModelOp.Clear })
                {
                    reached.Should().ContainKey($"{field} {op} at {kind}");
                }
            }
        }
    }

    [Fact]
    public void Named_items_are_added_patched_and_removed_by_name_from_the_lowest_rung_up()
    {
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var ranAll = Run(Facet.Items, c =>
        {
            var (items, incomplete) = Model(c).Items();
            if (incomplete is not null)
            {
                var plan = () => Plan(c);
                plan.Should().Throw<WsconfException>().WithMessage($"*new config map '{incomplete}' needs*");
                outcomes.AddOrUpdate("incomplete new item", 1, (_, n) => n + 1);
                return;
            }

            var actual = Plan(c).Spec!.ConfigMaps.Select(m => Describe(m.Name, m.Key, m.MountPath, m.Content));
            var expected = items.Select(i => Describe(i.Name, i.Fields["key"], i.Fields.GetValueOrDefault("mount_path"), i.Fields["content"]));
            actual.Should().Equal(expected);
            var hookItem = items.FirstOrDefault(i => i.Name == $"bash-rc-{c.Selected}").Fields;
            outcomes.AddOrUpdate(hookItem is null ? "hook item removed" : ItemContents.Contains(hookItem["content"]) ? "hook item patched" : "hook item kept", 1, (_, n) => n + 1);
            outcomes.AddOrUpdate(items.Any(i => !bare[c.Selected].ConfigMapNames.Contains(i.Name)) ? "site item added" : "no site item", 1, (_, n) => n + 1);
        });
        if (!ranAll)
        {
            return;
        }

        Report(outcomes);
        outcomes.Should().ContainKeys("incomplete new item", "hook item removed", "hook item patched", "hook item kept", "site item added");
        outcomes["incomplete new item"].Should().BeLessThan(CaseCount / 2, "most cases should build");
    }

    // ---- examples: what the properties found, and the rules they hold wsconf to ----

    // Found by the scalars property: an empty --override value was refused for cpu_guarantee and mem_guarantee,
    // though it unsets default_url and wsconf's own messages give it as the way to unset an optional setting.
    [Theory]
    [InlineData("cpu_guarantee")]
    [InlineData("mem_guarantee")]
    [InlineData("default_url")]
    public void An_empty_override_value_unsets_an_optional_setting(string field)
    {
        using var site = new SiteValues();
        site.Add($"profiles:\n  coder:\n    {field}: {(field == "default_url" ? "/lab" : "2")}\n");

        var planned = site.Profile("coder", CommandLine(["--override", $"coder:{field}="]));

        planned.Settings.All.Single(s => s.Key.Name == field).Value.Should().BeNull();
        var spec = planned.Spec!;
        (field switch { "cpu_guarantee" => spec.CpuGuarantee, "mem_guarantee" => spec.MemGuarantee, _ => (object?)spec.DefaultUrl }).Should().BeNull();
    }

    [Fact]
    public void Global_entries_reach_what_the_class_leaves_at_the_base_default_and_not_what_it_sets()
    {
        using var site = new SiteValues();
        site.Add("global:\n  storage_class_rwo: gp3\n  cpu_limit: 7\n  cpu_guarantee: null\n");

        var settings = site.Profile("coder").Settings;

        settings.Get(CoreSettings.StorageClassRwo).Should().Be("gp3");
        settings.Get(CoreSettings.CpuLimit).Should().Be(2);
        settings.Value(CoreSettings.CpuGuarantee).Should().Be(1);
    }

    [Fact]
    public void Env_keeps_global_entries_first_then_the_hooks_then_the_profiles_own()
    {
        using var site = new SiteValues();
        site.Add("global:\n  env:\n    A: red\n    HOME: blue\nprofiles:\n  coder:\n    env:\n      B: green\n      CWLTOOL_OPTIONS: null\n");

        var env = site.Profile("coder", CommandLine(["--override", "coder:env.XDG_DATA_HOME-"])).Spec!.Env;

        env.Select(e => $"{e.Key}={e.Value}").Should().Equal(
            "A=red", "HOME=/workspace", "XDG_RUNTIME_DIR=/workspace/.local", "XDG_CONFIG_HOME=/workspace/.local", "B=green");
    }

    // x includes m1 (which includes m2) and m3 (which includes m2 too): m2 keeps its last place, below m3, as a shared base does.
    [Fact]
    public void A_mixin_met_twice_keeps_its_last_place()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              x:
                extends: coder
                profiles: [m1, m3]
              m1:
                abstract: true
                profiles: [m2]
              m2:
                abstract: true
                env: {A: red}
              m3:
                abstract: true
                profiles: [m2]
                env: {B: blue}
            """);

        var planned = site.Profile("x");

        var rungs = planned.Ladder.Rungs.Select(r => r.Name).ToList();
        rungs.Should().ContainSingle(r => r.EndsWith("(from m2)", StringComparison.Ordinal));
        rungs.FindIndex(r => r.EndsWith("(from m2)", StringComparison.Ordinal)).Should().BeGreaterThan(rungs.FindIndex(r => r.EndsWith("(from m3)", StringComparison.Ordinal)));
        planned.Spec!.Env.Keys.Should().EndWith(["A", "B"]);
    }

    // Each case from its own seed; a failing one is shrunk by CsCheck from there. With CsCheck_Seed set (as a failure
    // prints it), only that case runs, and the caller skips its coverage checks (false).
    private bool Run(Facet facet, Action<LadderCase> property)
    {
        var gen = Cases(facet);
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CsCheck_Seed")))
        {
            gen.Sample(property, iter: 1, threads: 1, print: Print);
            return false;
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < CaseCount; i++)
        {
            var seed = new PCG((uint)i, Seed).ToString();
            try
            {
                gen.Sample(property, seed: seed, iter: 1, threads: 1, print: Print);
            }
            catch (CsCheckException)
            {
                gen.Sample(property, seed: seed, time: 10, print: Print);
                throw;
            }
        }

        output.WriteLine($"{CaseCount} cases in {watch.Elapsed.TotalSeconds:0.0} s");
        return true;
    }

    private void Report(ConcurrentDictionary<string, int> tally)
    {
        foreach (var (key, count) in tally.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count,5}  {key}");
        }
    }

    private static IEnumerable<string> Won(ConcurrentDictionary<string, int> winners, string field) =>
        winners.Keys.Where(k => k.StartsWith(field + " <- ", StringComparison.Ordinal)).Select(k => k[(field.Length + 4)..]);

    // One config map for comparing; a long content (a hook's asset) shortened.
    private static string Describe(string name, string? key, string? mountPath, string? content)
    {
        var shown = content is null ? "(none)" : content.Length <= 16 ? content : $"{content[..10]}... ({content.Length} chars)";
        return $"{name} key={key} mount_path={mountPath ?? "(none)"} content={shown}";
    }

    // ---- the case: values files and a command line ----

    private sealed record ScalarField(SettingKey Key, bool ClassSets, IReadOnlyList<string> Values, string? Option = null);

    /// <summary>One entry of a map or of an item's fields; a null value is YAML null.</summary>
    private sealed record Entry(string Key, string? Value);

    /// <summary>A scalar as written; null is YAML null or an empty value on the command line.</summary>
    private sealed record ScalarWrite(string Field, string? Value);

    /// <summary>A map as written: null as a whole, or its entries with <c>$patch: replace</c> among them at <paramref name="ReplaceAt"/> (-1: none).</summary>
    private sealed record MapWrite(string Field, bool Null, int ReplaceAt, IReadOnlyList<Entry> Entries);

    /// <summary>A config map as written: its fields, or null to remove it.</summary>
    private sealed record ItemWrite(string Name, IReadOnlyList<Entry>? Fields);

    private sealed record ItemsWrite(bool Null, int ReplaceAt, IReadOnlyList<ItemWrite> Items);

    private sealed record EntryContent(IReadOnlyList<ScalarWrite> Scalars, IReadOnlyList<MapWrite> Maps, ItemsWrite? ConfigMaps);

    /// <summary>A profile's entry in one values file; the slug "" is global:.</summary>
    private sealed record FileEntry(string Slug, EntryContent Content);

    /// <summary><c>--override SLUG:FIELD=VALUE</c>, <c>SLUG:MAP.KEY=VALUE</c>, <c>SLUG:MAP.KEY-</c> or <c>SLUG:MAP-</c>.</summary>
    private sealed record OverrideWrite(string Field, string? Key, ModelOp Op, string? Value);

    /// <param name="Parents">What <paramref name="Selected"/> extends, in order, down to coder (empty when coder is selected).</param>
    private sealed record LadderCase(
        string Selected,
        IReadOnlyList<string> Parents,
        IReadOnlyDictionary<string, IReadOnlyList<string>> Includes,
        IReadOnlyList<IReadOnlyList<FileEntry>> Files,
        IReadOnlyList<ScalarWrite> Options,
        IReadOnlyList<OverrideWrite> Overrides)
    {
        /// <summary>The profiles written: the selected one, its parents, and the mixins that are included or have entries.</summary>
        public IEnumerable<string> Slugs =>
        [
            Selected,
            .. Parents,
            .. Mixins.Where(m => Includes.Values.Any(list => list.Contains(m)) || Files.Any(file => file.Any(e => e.Slug == m))),
        ];

        public string? ExtendsOf(string slug)
        {
            var chain = new List<string> { Selected };
            chain.AddRange(Parents);
            var at = chain.IndexOf(slug);
            return at >= 0 && at + 1 < chain.Count ? chain[at + 1] : null;
        }
    }

    // ---- generators ----

    private static Gen<T> Pick<T>(IReadOnlyList<T> items) => Gen.Int[0, items.Count - 1].Select(i => items[i]);

    // Present with the given chance; shrinks to absent.
    private static Gen<T?> Sometimes<T>(Gen<T> gen, int percent) where T : class =>
        Gen.Select(Gen.Int[0, 99], gen, (dice, value) => dice >= 100 - percent ? value : null);

    // Each item with the given chance, in a random order; shrinks to none.
    private static Gen<IReadOnlyList<T>> Subset<T>(IReadOnlyList<T> items, int percent) =>
        Gen.Int[0, 99].Array[items.Count].Select(dice => (IReadOnlyList<T>)
        [
            .. items.Select((item, i) => (Item: item, Dice: dice[i])).Where(t => t.Dice >= 100 - percent).OrderBy(t => t.Dice).Select(t => t.Item),
        ]);

    private static Gen<IReadOnlyList<T>> Present<T>(IEnumerable<Gen<T?>> gens) where T : class =>
        gens.Aggregate(Gen.Const<IReadOnlyList<T>>([]), (all, gen) => Gen.Select(all, gen, (list, item) => item is null ? list : (IReadOnlyList<T>)[.. list, item]));

    private static Gen<ScalarWrite> ScalarOf(ScalarField field, bool nullable)
    {
        var last = field.Values.Count - (nullable && field.Key.IsOptional ? 0 : 1);
        return Gen.Int[0, last].Select(i => new ScalarWrite(field.Key.Name, i < field.Values.Count ? field.Values[i] : null));
    }

    private static Gen<int> ReplaceAt(int count) => Gen.Int[0, 9].Select(dice => dice >= 8 ? dice % (count + 1) : -1);

    private static Gen<MapWrite> MapOf(string field, IReadOnlyList<string> keys) =>
        from entries in Subset(keys, 40)
        from values in Gen.Int[0, MapValues.Count].Array[keys.Count]
        from whole in Gen.Int[0, 9]
        from replaceAt in ReplaceAt(entries.Count)
        select whole == 9
            ? new MapWrite(field, Null: true, -1, [])
            : new MapWrite(field, Null: false, replaceAt, [.. entries.Select((key, i) => new Entry(key, values[i] < MapValues.Count ? MapValues[values[i]] : null))]);

    // Mostly complete (key and content), sometimes a patch of some fields, sometimes a removal.
    private static Gen<ItemWrite> ItemOf(string name) =>
        Gen.Select(Gen.Int[0, 99], Pick(ItemKeys), Pick(ItemContents), Pick(ItemMounts), Gen.Int[0, 7], (shape, key, content, mount, mask) =>
        {
            if (shape >= 85)
            {
                return new ItemWrite(name, null);
            }

            var complete = shape < 65;
            var fields = new List<Entry>();
            if (complete || (mask & 1) != 0)
            {
                fields.Add(new("key", key));
            }

            if (complete || (mask & 2) != 0)
            {
                fields.Add(new("content", content));
            }

            if ((mask & 4) != 0)
            {
                fields.Add(new("mount_path", mount));
            }

            return new ItemWrite(name, fields);
        });

    private static Gen<ItemsWrite> ItemsOf(string selected)
    {
        IReadOnlyList<string> names = [$"bash-rc-{selected}", "motd", "notes"];
        return from order in Subset<int>([0, 1, 2], 45)
               from items in Gen.Select(ItemOf(names[0]), ItemOf(names[1]), ItemOf(names[2]))
               from whole in Gen.Int[0, 9]
               from replaceAt in ReplaceAt(order.Count)
               select whole == 9
                   ? new ItemsWrite(Null: true, -1, [])
                   : new ItemsWrite(Null: false, replaceAt, [.. order.Select(i => i switch { 0 => items.Item1, 1 => items.Item2, _ => items.Item3 })]);
    }

    // What one entry writes; density (1-100) scales every chance, so that shrinking it empties the files first.
    // global: sets scalars more often, since it wins only where nothing above it (the class included) sets them.
    private static Gen<EntryContent?> Content(Facet facet, string selected, int density, bool global) => facet switch
    {
        Facet.Scalars => Present(ScalarFields.Select(f => Sometimes(ScalarOf(f, nullable: true), (global ? 50 : 20) * density / 100)))
            .Select(s => s.Count == 0 ? null : new EntryContent(s, [], null)),
        Facet.Maps => Present<MapWrite>(
            [
                Sometimes(MapOf(CoreSettings.Env.Name, EnvKeys), 45 * density / 100),
                Sometimes(MapOf(CoreSettings.NodeSelector.Name, SelectorKeys), 35 * density / 100),
            ])
            .Select(m => m.Count == 0 ? null : new EntryContent([], m, null)),
        _ => Sometimes(ItemsOf(selected), 30 * density / 100).Select(i => i is null ? null : new EntryContent([], [], i)),
    };

    private static Gen<IReadOnlyList<ScalarWrite>> Options(Facet facet, int density) => facet == Facet.Scalars
        ? Present(ScalarFields.Where(f => f.Option is not null).Select(f => Sometimes(ScalarOf(f, nullable: false), 30 * density / 100)))
        : Gen.Const<IReadOnlyList<ScalarWrite>>([]);

    private static Gen<OverrideWrite> OverrideOf(Facet facet) => facet == Facet.Scalars
        ? Pick(ScalarFields).SelectMany(f => ScalarOf(f, nullable: true)).Select(s => new OverrideWrite(s.Field, null, ModelOp.Set, s.Value))
        : Gen.Select(Gen.Int[0, 9], Gen.Bool, Pick(EnvKeys), Pick(SelectorKeys), Pick(MapValues), (op, env, envKey, selectorKey, value) =>
            new OverrideWrite(env ? CoreSettings.Env.Name : CoreSettings.NodeSelector.Name, env ? envKey : selectorKey,
                op < 6 ? ModelOp.Set : op < 9 ? ModelOp.Delete : ModelOp.Clear, value));

    private static Gen<LadderCase> Cases(Facet facet) =>
        from density in Gen.Int[1, 100]
        from shape in Gen.Int[0, 3] // 0: coder itself; 1-3: x extending 0-2 data profiles, then coder
        from fileCount in Gen.Int[1, 3]
        from own in Subset(Mixins, 40)
        from parentIncludes in Subset(Mixins, 15).Array[3]
        from m1 in Subset<string>(["m2", "m3"], 30)
        from m2 in Subset<string>(["m3"], 30)
        from slots in Content(facet, shape == 0 ? "coder" : "x", density, global: false).Array[3 * SlotCount]
        from globals in Content(facet, shape == 0 ? "coder" : "x", density, global: true).Array[3]
        from options in Options(facet, density)
        from overrides in facet == Facet.Items ? Gen.Const(Array.Empty<OverrideWrite>()) : OverrideOf(facet).Array[0, 3]
        select Assemble(shape, own, parentIncludes, m1, m2, fileCount, slots, globals, options, overrides);

    private static LadderCase Assemble(
        int shape, IReadOnlyList<string> own, IReadOnlyList<string>[] parentIncludes, IReadOnlyList<string> m1, IReadOnlyList<string> m2,
        int fileCount, EntryContent?[] slots, EntryContent?[] globals, IReadOnlyList<ScalarWrite> options, OverrideWrite[] overrides)
    {
        var selected = shape == 0 ? "coder" : "x";
        IReadOnlyList<string> parents = shape == 0 ? [] : [.. Chain.Take(shape - 1), "coder"];
        var includes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [selected] = own, ["m1"] = m1, ["m2"] = m2 };
        var slugs = new[] { selected, "d1", "d2", "coder", "m1", "m2", "m3" };
        for (var i = 0; i < 3; i++)
        {
            if (selected != slugs[i + 1] && parents.Contains(slugs[i + 1]))
            {
                includes[slugs[i + 1]] = parentIncludes[i];
            }
        }

        var files = new List<IReadOnlyList<FileEntry>>();
        for (var f = 0; f < fileCount; f++)
        {
            var entries = new List<FileEntry>();
            for (var slot = 0; slot < SlotCount; slot++)
            {
                var slug = slugs[slot];
                var used = slot == 0 || Mixins.Contains(slug) || (slug != selected && parents.Contains(slug));
                if (used && slots[(f * SlotCount) + slot] is { } content)
                {
                    entries.Add(new FileEntry(slug, content));
                }
            }

            if (globals[f] is { } global)
            {
                entries.Add(new FileEntry("", global));
            }

            files.Add(entries);
        }

        return new LadderCase(selected, parents, includes, files, options, overrides);
    }

    // ---- writing the case out ----

    private static string Yaml(LadderCase c, int file)
    {
        var text = new StringBuilder();
        var entries = c.Files[file];
        if (entries.FirstOrDefault(e => e.Slug.Length == 0) is { } global)
        {
            text.Append("global:\n");
            Write(text, global.Content, "  ");
        }

        var profiles = new StringBuilder();
        foreach (var slug in c.Slugs)
        {
            var structure = new List<string>();
            if (file == 0)
            {
                if (c.ExtendsOf(slug) is { } parent)
                {
                    structure.Add($"extends: {parent}");
                }

                if (Mixins.Contains(slug))
                {
                    structure.Add("abstract: true");
                }

                if (c.Includes.TryGetValue(slug, out var includes) && includes.Count > 0)
                {
                    structure.Add($"profiles: [{string.Join(", ", includes)}]");
                }
            }

            var content = entries.FirstOrDefault(e => e.Slug == slug)?.Content;
            if (structure.Count == 0 && content is null)
            {
                continue;
            }

            profiles.Append($"  {slug}:\n");
            foreach (var line in structure)
            {
                profiles.Append($"    {line}\n");
            }

            if (content is not null)
            {
                Write(profiles, content, "    ");
            }
        }

        if (profiles.Length > 0)
        {
            text.Append("profiles:\n").Append(profiles);
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, EntryContent content, string indent)
    {
        foreach (var scalar in content.Scalars)
        {
            text.Append($"{indent}{scalar.Field}: {ScalarText(scalar)}\n");
        }

        foreach (var map in content.Maps)
        {
            WriteMapping(text, indent, map.Field, map.Null, map.ReplaceAt, map.Entries.Select(e => (e.Key, (string?)Plain(e.Value))).ToList());
        }

        if (content.ConfigMaps is { } items)
        {
            var lines = items.Items.Select(i => (i.Name, i.Fields is null ? "null" : i.Fields.Count == 0 ? "{}" : null)).ToList();
            WriteMapping(text, indent, "config_maps", items.Null, items.ReplaceAt, lines, name =>
                items.Items.Single(i => i.Name == name).Fields?.Select(f => $"{f.Key}: {Plain(f.Value)}") ?? []);
        }
    }

    // KEY: VALUE lines, or KEY: followed by nested lines when VALUE is null.
    private static void WriteMapping(
        StringBuilder text, string indent, string field, bool whole, int replaceAt, List<(string Key, string? Value)> entries, Func<string, IEnumerable<string>>? nested = null)
    {
        if (whole)
        {
            text.Append($"{indent}{field}: null\n");
            return;
        }

        if (entries.Count == 0 && replaceAt < 0)
        {
            text.Append($"{indent}{field}: {{}}\n");
            return;
        }

        text.Append($"{indent}{field}:\n");
        for (var i = 0; i <= entries.Count; i++)
        {
            if (i == replaceAt)
            {
                text.Append($"{indent}  $patch: replace\n");
            }

            if (i == entries.Count)
            {
                break;
            }

            var (key, value) = entries[i];
            if (value is not null)
            {
                text.Append($"{indent}  {key}: {value}\n");
                continue;
            }

            text.Append($"{indent}  {key}:\n");
            foreach (var line in nested!(key))
            {
                text.Append($"{indent}    {line}\n");
            }
        }
    }

    private static string ScalarText(ScalarWrite scalar) => scalar.Field == CoreSettings.Groups.Name && scalar.Value is { } list
        ? $"[{string.Join(", ", list.Split(','))}]"
        : Plain(scalar.Value);

    private static string Plain(string? value) => value is null ? "null" : value.Contains(':') ? $"\"{value}\"" : value;

    private static string[] Args(LadderCase c)
    {
        var args = new List<string>();
        foreach (var option in c.Options)
        {
            args.Add(ScalarFields.Single(f => f.Key.Name == option.Field).Option!);
            args.Add(option.Value!);
        }

        foreach (var given in c.Overrides)
        {
            args.Add("--override");
            args.Add((given.Key, given.Op) switch
            {
                (null, _) => $"{c.Selected}:{given.Field}={given.Value}",
                (_, ModelOp.Set) => $"{c.Selected}:{given.Field}.{given.Key}={given.Value}",
                (_, ModelOp.Delete) => $"{c.Selected}:{given.Field}.{given.Key}-",
                _ => $"{c.Selected}:{given.Field}-",
            });
        }

        return [.. args];
    }

    private static string Print(LadderCase c)
    {
        var text = new StringBuilder($"\nselected: {c.Selected}\n");
        for (var f = 0; f < c.Files.Count; f++)
        {
            text.Append($"--- values-{f + 1}.yaml\n").Append(Yaml(c, f));
        }

        text.Append($"--- command line: {string.Join(" ", Args(c))}\n");
        return text.ToString();
    }

    // ---- wsconf ----

    private static PlannedProfile Plan(LadderCase c)
    {
        using var site = new SiteValues();
        for (var f = 0; f < c.Files.Count; f++)
        {
            site.Add(Yaml(c, f));
        }

        return site.Profile(c.Selected, CommandLine(Args(c)));
    }

    // The command line as the CLI parses it.
    private static CommandLineLayers CommandLine(string[] args)
    {
        var options = new SelectionOptions();
        var root = new RootCommand();
        options.AddTo(root, includeProfile: false);
        var result = root.Parse(args);
        result.Errors.Should().BeEmpty();
        return options.Layers(result, _ => null);
    }

    // ---- the model ----

    /// <summary>What a bare profile shows: the class's own values and the base defaults, and what its hooks make.</summary>
    private sealed record Bare(
        IReadOnlyDictionary<string, string> Scalars,
        IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> Maps,
        IReadOnlyList<Dictionary<string, string?>> ConfigMaps,
        IReadOnlyList<string> ConfigMapNames);

    private static Bare BareOf(string selected)
    {
        using var site = new SiteValues();
        if (selected != "coder")
        {
            site.Add($"profiles:\n  {selected}:\n    extends: coder\n");
        }

        var planned = site.Profile(selected);
        var spec = planned.Spec!;
        return new Bare(
            ScalarFields.ToDictionary(f => f.Key.Name, f => f.Key.FormatValue(planned.Settings.Value(f.Key))),
            new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>
            {
                [CoreSettings.Env.Name] = [.. spec.Env.Select(e => new KeyValuePair<string, string>(e.Key, e.Value.ToString()!))],
                [CoreSettings.NodeSelector.Name] = [.. spec.NodeSelector],
            },
            [.. spec.ConfigMaps.Select(m => new Dictionary<string, string?> { ["key"] = m.Key, ["content"] = m.Content, ["mount_path"] = m.MountPath })],
            [.. spec.ConfigMaps.Select(m => m.Name)]);
    }

    private LadderReferenceModel Model(LadderCase c)
    {
        var shown = bare[c.Selected];
        var overrides = new ModelLayer("override");
        foreach (var given in c.Overrides)
        {
            if (given.Key is null && given.Op == ModelOp.Set && !MapFields.Contains(given.Field))
            {
                overrides.Scalars[given.Field] = given.Value;
            }
            else
            {
                overrides.MapOps.Add(new ModelMapOp(given.Field, given.Op, given.Key, given.Value));
            }
        }

        var options = new ModelLayer("option");
        foreach (var option in c.Options)
        {
            options.Scalars[option.Field] = option.Value;
        }

        var classRung = new ModelLayer("class");
        foreach (var field in ScalarFields.Where(f => f.ClassSets))
        {
            classRung.Scalars[field.Key.Name] = shown.Scalars[field.Key.Name];
        }

        foreach (var (field, entries) in shown.Maps)
        {
            classRung.MapOps.AddRange(entries.Select(e => new ModelMapOp(field, ModelOp.Set, e.Key, e.Value)));
        }

        for (var i = 0; i < shown.ConfigMaps.Count; i++)
        {
            classRung.ItemOps.Add(new ModelItemOp(ModelOp.Set, shown.ConfigMapNames[i], shown.ConfigMaps[i]));
        }

        var defaults = new ModelLayer("default");
        foreach (var (field, value) in shown.Scalars)
        {
            defaults.Scalars[field] = value;
        }

        var profiles = new Dictionary<string, ModelProfile>(StringComparer.Ordinal);
        foreach (var slug in c.Slugs)
        {
            profiles[slug] = new ModelProfile(
                LayersOf(c, slug),
                c.Includes.GetValueOrDefault(slug) ?? [],
                c.ExtendsOf(slug),
                slug == "coder" ? classRung : null);
        }

        return new LadderReferenceModel(c.Selected, overrides, options, profiles, LayersOf(c, ""), defaults);
    }

    // A profile's entries (or the global: entries) in file order.
    private static List<ModelLayer> LayersOf(LadderCase c, string slug)
    {
        var layers = new List<ModelLayer>();
        for (var f = 0; f < c.Files.Count; f++)
        {
            if (c.Files[f].FirstOrDefault(e => e.Slug == slug)?.Content is not { } content)
            {
                continue;
            }

            var layer = new ModelLayer($"{(slug.Length == 0 ? "global" : slug)} (values-{f + 1})");
            foreach (var scalar in content.Scalars)
            {
                layer.Scalars[scalar.Field] = scalar.Value;
            }

            foreach (var map in content.Maps)
            {
                if (map.Null || map.ReplaceAt >= 0)
                {
                    layer.MapOps.Add(new ModelMapOp(map.Field, ModelOp.Clear));
                }

                layer.MapOps.AddRange(map.Entries.Select(e => new ModelMapOp(map.Field, e.Value is null ? ModelOp.Delete : ModelOp.Set, e.Key, e.Value)));
            }

            if (content.ConfigMaps is { } items)
            {
                if (items.Null || items.ReplaceAt >= 0)
                {
                    layer.ItemOps.Add(new ModelItemOp(ModelOp.Clear));
                }

                layer.ItemOps.AddRange(items.Items.Select(i => i.Fields is null
                    ? new ModelItemOp(ModelOp.Delete, i.Name)
                    : new ModelItemOp(ModelOp.Set, i.Name, i.Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal))));
            }

            layers.Add(layer);
        }

        return layers;
    }

    // The kind of rung a layer is for this case: override, option, own, include, extends, class, global, default.
    private static string KindOf(LadderCase c, ModelLayer layer)
    {
        var name = layer.Name.Split(' ')[0];
        return name switch
        {
            "override" or "option" or "class" or "global" or "default" => name,
            _ when name == c.Selected => "own",
            _ when Mixins.Contains(name) => "include",
            _ => "extends",
        };
    }
}
