using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Registry;

namespace WorkspaceConfigurator.Engine;

/// <summary>
/// Puts one profile's rungs in order (see <see cref="Ladder"/>). The profile's own stack is its entries (later files
/// first), then each include's whole stack in the order listed, then what it extends, down to a class; a profile
/// met twice (two includes sharing a mixin) keeps its first, higher place. Walks with an explicit stack, since a
/// values file may chain many profiles.
/// </summary>
internal static class LadderBuilder
{
    public static Ladder For(ProfileCatalog catalog, ProfileRegistration registration, Layer? overrides, Layer? commandLine)
    {
        var rungs = new List<Rung>();
        if (overrides is not null)
        {
            rungs.Add(new LayerRung(overrides, "--override", null));
        }

        if (commandLine is not null)
        {
            rungs.Add(new LayerRung(commandLine, "command-line options", null));
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
            rungs.Add(new LayerRung(catalog.Globals[i].Layer, $"global ({catalog.Globals[i].Entry.Mark.FileLine})", null));
        }

        rungs.Add(new BaseRung(root));
        return new Ladder(rungs);
    }

    private static void AddStack(ProfileCatalog catalog, string self, Profiles.Profile? root, List<Rung> rungs)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<object>();
        pending.Push(self);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (next is Rung rung)
            {
                rungs.Add(rung);
                continue;
            }

            // A slug to expand: its rungs in order, pushed last first.
            var slug = (string)next;
            if (!visited.Add(slug))
            {
                continue;
            }

            var via = slug == self ? null : slug;
            var expansion = new List<object>();
            var entries = catalog.EntriesOf(slug);
            for (var i = entries.Count - 1; i >= 0; i--)
            {
                expansion.Add(new LayerRung(entries[i].Layer, entries[i].Entry.Mark.FileLine, via));
            }

            foreach (var include in catalog.IncludesOf(slug))
            {
                expansion.Add(include.Slug);
            }

            if (catalog.ExtendsOf(slug) is { } parent)
            {
                expansion.Add(parent.Slug);
            }
            else if (catalog.Registry.Find(slug) is { Profile: not DataProfile } registered)
            {
                expansion.Add(new ClassRung(registered, ReferenceEquals(registered.Profile, root)));
            }

            for (var i = expansion.Count - 1; i >= 0; i--)
            {
                pending.Push(expansion[i]);
            }
        }
    }
}
