namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>
/// The precedence ladder written down as plainly as possible, to hold wsconf's engine against: a list of layers,
/// highest first; a scalar is the first layer's from the top that sets it; maps and named items fold from the
/// lowest layer up (a set replaces in place or appends, a delete removes, a clear drops all so far).
/// </summary>
public sealed class LadderReferenceModel
{
    /// <summary>The fields a new config map must give; a patch of a missing item without them is an error.</summary>
    public static readonly IReadOnlyList<string> RequiredForNew = ["key", "content"];

    public LadderReferenceModel(
        string slug, ModelLayer overrides, ModelLayer options, IReadOnlyDictionary<string, ModelProfile> profiles, IReadOnlyList<ModelLayer> globals, ModelLayer defaults)
    {
        // The walk: own entries (later files first), each include's walk in order, then what it extends (or the
        // class); a profile (or class) met more than once keeps its last place.
        var walk = new List<(string Key, IEnumerable<ModelLayer> Rungs)>();
        void Walk(string name)
        {
            var profile = profiles[name];
            walk.Add((name, profile.Entries.Reverse()));
            foreach (var include in profile.Includes)
            {
                Walk(include);
            }

            if (profile.Extends is { } parent)
            {
                Walk(parent);
            }
            else if (profile.Class is { } rung)
            {
                walk.Add(("class:" + name, [rung]));
            }
        }

        Walk(slug);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < walk.Count; i++)
        {
            last[walk[i].Key] = i;
        }

        ownLayers = [overrides, options, .. profiles[slug].Entries];
        classLayers = [.. profiles.Values.Select(p => p.Class).OfType<ModelLayer>()];
        var rungs = new List<ModelLayer> { overrides, options };
        for (var i = 0; i < walk.Count; i++)
        {
            if (last[walk[i].Key] == i)
            {
                rungs.AddRange(walk[i].Rungs);
            }
        }

        rungs.AddRange(globals.Reverse());
        rungs.Add(defaults);
        Rungs = rungs;
    }

    // The profile's own word: the command line and its own entries; the rest is inherited.
    private readonly HashSet<ModelLayer> ownLayers;

    // The rungs of classes: their items are what the hooks made.
    private readonly HashSet<ModelLayer> classLayers;

    /// <summary>Highest first; the last is the base defaults, which set every scalar.</summary>
    public IReadOnlyList<ModelLayer> Rungs { get; }

    public string? Scalar(string field) => Winner(field).Scalars[field];

    public ModelLayer Winner(string field) => Rungs.First(rung => rung.Scalars.ContainsKey(field));

    public IReadOnlyList<KeyValuePair<string, string>> Map(string field)
    {
        var entries = new List<KeyValuePair<string, string>>();
        foreach (var op in Rungs.Reverse().SelectMany(rung => rung.MapOps).Where(op => op.Field == field))
        {
            var at = entries.FindIndex(entry => entry.Key == op.Key);
            switch (op.Op)
            {
                case ModelOp.Clear:
                    entries.Clear();
                    break;
                case ModelOp.Delete when at >= 0:
                    entries.RemoveAt(at);
                    break;
                case ModelOp.Set when at >= 0:
                    entries[at] = new(op.Key!, op.Value!);
                    break;
                case ModelOp.Set:
                    entries.Add(new(op.Key!, op.Value!));
                    break;
            }
        }

        return entries;
    }

    /// <summary>The config maps in order with the fields the layers gave them; or the name of the first new one that is incomplete.</summary>
    public (IReadOnlyList<(string Name, Dictionary<string, string?> Fields)> Items, string? Incomplete) Items()
    {
        // A new item gathers its fields from the layers until it has the required ones. One still
        // incomplete at the end is an error if the profile's own layers touched it, and is left out otherwise (a
        // patch inherited from another profile or global: applies only where the item exists).
        // Named items are site patches on what the hooks made: the class rung's items first, then every other
        // rung's changes from the lowest up, global: included.
        var items = new List<(string Name, Dictionary<string, string?> Fields, bool Complete, bool Own)>();
        var classRungs = Rungs.Where(classLayers.Contains);
        foreach (var rung in classRungs.Concat(Rungs.Reverse().Where(r => !classLayers.Contains(r))))
        {
            foreach (var op in rung.ItemOps)
            {
                var at = items.FindIndex(item => item.Name == op.Name);
                switch (op.Op)
                {
                    case ModelOp.Clear:
                        items.Clear();
                        break;
                    case ModelOp.Delete when at >= 0:
                        items.RemoveAt(at);
                        break;
                    case ModelOp.Set:
                        if (at < 0)
                        {
                            items.Add((op.Name!, new Dictionary<string, string?>(StringComparer.Ordinal), false, false));
                            at = items.Count - 1;
                        }

                        var (name, fields, complete, own) = items[at];
                        foreach (var (field, value) in op.Fields!)
                        {
                            fields[field] = value;
                        }

                        own = !complete && (own || ownLayers.Contains(rung));
                        complete = complete || RequiredForNew.All(fields.ContainsKey);
                        items[at] = (name, fields, complete, complete ? false : own);
                        break;
                }
            }
        }

        var incomplete = items.FirstOrDefault(item => !item.Complete && item.Own).Name;
        return ([.. items.Where(item => item.Complete).Select(item => (item.Name, item.Fields))], incomplete);
    }
}
