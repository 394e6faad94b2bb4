using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.Resolve;

/// <summary>
/// Puts one profile's rungs in order (see <see cref="Ladder"/>). The profile's own stack is its entries (later files
/// first), then each include's whole stack in the order listed, then what it extends, down to a class; a profile
/// reached twice keeps its last place (see <see cref="AddStack"/>).
/// </summary>
internal static class LadderBuilder
{
    public static Ladder For(ProfileCatalog catalog, ProfileRegistration registration, Layer? overrides, Layer? commandLine)
    {
        var rungs = new List<Rung>();
        if (overrides is not null)
        {
            rungs.Add(new LayerRung(overrides, "--override", null, null));
        }

        if (commandLine is not null)
        {
            rungs.Add(new LayerRung(commandLine, "command-line options", null, null));
        }

        var root = ProfileCatalog.ClassOf(registration);
        if (catalog.HasValues)
        {
            AddStack(catalog, registration.Slug, root, rungs);
        }
        else
        {
            rungs.Add(new ClassRung(registration, IsRoot: true));
        }

        for (var i = catalog.Globals.Count - 1; i >= 0; i--)
        {
            rungs.Add(new LayerRung(catalog.Globals[i].Layer, null, catalog.Globals[i].Entry.Mark, null, IsGlobal: true));
        }

        rungs.Add(BaseRung.Instance);
        return new Ladder(rungs);
    }

    // Each profile of the stack once, at its LAST place in the walk "own entries, each include's stack in order, then
    // what it extends (or the class)": a profile that two includes share (a common parent, a shared mixin, the
    // class itself) then comes after both, as a shared base class comes after its subclasses in a method resolution
    // order, and never lets its class values jump above a later include. That order is the reverse of a post-order
    // walk that visits the children last-first; the walk uses its own stack, as a values file may chain many profiles.
    private static void AddStack(ProfileCatalog catalog, string self, Profile? root, List<Rung> rungs)
    {
        var finished = new List<StackNode>();
        var visited = new HashSet<(string Slug, bool IsClass)>();
        var walk = new Stack<StackNode>();
        var start = new StackNode(self, isClass: false, Children(catalog, self, isClass: false));
        visited.Add((start.Slug, start.IsClass));
        walk.Push(start);
        while (walk.Count > 0)
        {
            var node = walk.Peek();
            if (node.Next < node.Children.Count)
            {
                var child = node.Children[node.Next++];
                if (visited.Add((child.Slug, child.IsClass)))
                {
                    walk.Push(new StackNode(child.Slug, child.IsClass, Children(catalog, child.Slug, child.IsClass)));
                }

                continue;
            }

            finished.Add(walk.Pop());
        }

        for (var i = finished.Count - 1; i >= 0; i--)
        {
            var node = finished[i];
            if (node.IsClass)
            {
                var registered = catalog.Registry.Find(node.Slug)!;
                rungs.Add(new ClassRung(registered, ReferenceEquals(registered.Profile, root)));
                continue;
            }

            var via = node.Slug == self ? null : node.Slug;
            var entries = catalog.EntriesOf(node.Slug);
            for (var j = entries.Count - 1; j >= 0; j--)
            {
                rungs.Add(new LayerRung(entries[j].Layer, null, entries[j].Entry.Mark, via));
            }
        }
    }

    // A profile's children, last first: what it extends (or its class), then its includes from the last to the first.
    private static List<StackNode> Children(ProfileCatalog catalog, string slug, bool isClass)
    {
        var children = new List<StackNode>();
        if (isClass)
        {
            return children;
        }

        if (catalog.ExtendsOf(slug) is { } parent)
        {
            children.Add(new StackNode(parent.Slug, isClass: false, []));
        }
        else if (catalog.Registry.Find(slug) is { Profile: not DataProfile })
        {
            children.Add(new StackNode(slug, isClass: true, []));
        }

        var includes = catalog.IncludesOf(slug);
        for (var i = includes.Count - 1; i >= 0; i--)
        {
            children.Add(new StackNode(includes[i].Slug, isClass: false, []));
        }

        return children;
    }

    /// <summary>A profile's values-file entries, or a class's own values, on the walk (slug and kind tell them apart).</summary>
    private sealed class StackNode(string slug, bool isClass, List<StackNode> children)
    {
        public string Slug { get; } = slug;

        public bool IsClass { get; } = isClass;

        public List<StackNode> Children { get; } = children;

        public int Next { get; set; }
    }
}
