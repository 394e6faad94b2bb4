using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Build.Lifecycle;
using WorkspaceConfigurator.Build.SitePatches;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Check;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Engine;

/// <summary>
/// The one way in: catalogue + command-line layers + selection → each selected profile's ladder, settings, spec
/// (hooks, then the values files' named items, then the lifecycle stage) and the findings of the checks. Every command and anything else
/// that builds profiles goes through here, so precedence lives in one place.
/// </summary>
internal static class Workspace
{

    /// <param name="keepGoing">Report a profile that fails to build as a finding and go on with the others (validate), instead of throwing.</param>
    /// <param name="traceHooks">Keep what the hooks gave before the layers changed it, for <c>describe --layers</c>.</param>
    /// <param name="keepSettings">
    /// Keep each profile's ladder and settings in a checked plan too (plans that stop before the checks always keep
    /// them). The commands that write need only the specs and findings: at 10,000 profiles the settings were a third
    /// of the memory and a fifth of the time, all of it spent carrying them from one collection to the next.
    /// </param>
    /// <param name="stream">
    /// In a checked plan, receives each spec in order as soon as it is built and checked on its own; the plan then
    /// keeps no profile (<see cref="Engine.Plan.Profiles"/> is empty), only the findings. A command that writes
    /// thousands of profiles writes each as it comes (and drops the output when a finding is an error), instead of
    /// keeping every spec, and the garbage collector carrying them, until the end.
    /// </param>
    public static Plan Plan(
        ProfileCatalog catalog, CommandLineLayers commandLine, Selection selection, PlanDepth depth = PlanDepth.Checked, bool keepGoing = false, bool traceHooks = false,
        bool keepSettings = false, Action<ProfileSpec>? stream = null)
    {
        if (stream is not null && depth != PlanDepth.Checked)
        {
            throw new ArgumentException("only a checked plan streams its specs", nameof(stream));
        }

        var keep = keepSettings || depth != PlanDepth.Checked;
        var checks = depth == PlanDepth.Checked ? new CheckRun() : null;
        var registry = catalog.Registry;
        var warnings = new List<Finding>();
        var selected = Select(catalog, selection);
        var overrides = OverridesOf(catalog, commandLine, selected, warnings);
        var global = commandLine.GlobalLayer();
        var profiles = new List<PlannedProfile>(selected.Count);
        var findings = new List<Finding>();

        // The check of what plugin hooks give, made for the first plugin profile built (most runs have none).
        var nulls = new Lazy<SpecNulls>(LazyThreadSafetyMode.None);
        foreach (var registration in selected)
        {
            var own = overrides.GetValueOrDefault(registration.Slug);
            var ladder = LadderBuilder.For(catalog, registration, own?.Layer, global);
            ResolvedSettings settings;
            try
            {
                settings = ForProfile(registration.Slug, () => LadderResolver.Resolve(registration, catalog.Declarations.Of(registration), ladder, catalog.Declarations, own?.Given ?? []));
            }
            catch (ProfileBuildException e) when (keepGoing)
            {
                // The profile's classes contradict themselves (a setting of two types, a default its constraint refuses).
                findings.Add(Finding.Error(registration.Slug, "settings", e.Reason, null));
                continue;
            }
            catch (ProfileException e) when (keepGoing)
            {
                findings.Add(Finding.Error(registration.Slug, "build", e.Message, "a profile whose hooks and assets build"));
                continue;
            }

            var hooks = traceHooks && depth != PlanDepth.Settings ? new HookTrace() : null;
            var spec = depth == PlanDepth.Settings ? null : Build(registry, nulls, registration, settings, hooks, findings, keepGoing);
            if (spec is not null && depth == PlanDepth.Checked && GpuRules.Check(spec, settings.Get(CoreSettings.GpuLimit)) is { } gpu)
            {
                findings.Add(gpu);
            }

            if (spec is not null && registration.Profile is DataProfile { Root: null })
            {
                // Legal, but rarely meant: includes bring values, only extends brings the hooks that make a workspace.
                findings.Add(Finding.Warning(registration.Slug, "extends", "is not set anywhere in its chain, so no class runs hooks: no home volume, config maps or environment",
                    "extends: a profile whose hooks it should take, e.g. extends: coder"));
            }

            if (spec is not null)
            {
                checks?.Add(spec);
            }

            if (stream is null)
            {
                profiles.Add(new PlannedProfile(registration, keep ? ladder : null, keep ? settings : null, spec) { Hooks = spec is null ? null : hooks });
            }
            else if (spec is not null)
            {
                stream(spec);
            }
        }

        if (checks is not null)
        {
            findings.AddRange(checks.Findings());
        }

        return new Plan(catalog, selected, profiles, findings, warnings);
    }

    /// <summary>The selected registrations: order kept, repeats (also via aliases) dropped; none named means every concrete profile.</summary>
    public static IReadOnlyList<ProfileRegistration> Select(ProfileCatalog catalog, Selection selection)
    {
        if (selection.Names.Count == 0)
        {
            return catalog.Concrete;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var selected = new List<ProfileRegistration>();
        foreach (var name in selection.Names)
        {
            var registration = catalog.Registry.Resolve(name);
            if (ProfileCatalog.IsAbstract(registration))
            {
                throw new UsageException($"profile '{registration.Slug}' is abstract (a mixin for other profiles' profiles: lists, {registration.Origin}); select a profile that includes it");
            }

            if (seen.Add(registration.Slug))
            {
                selected.Add(registration);
            }
        }

        return selected;
    }

    // A required setting no layer sets is a finding, not a crash in a hook that reads it; then the hooks run, then the site's items.
    private static ProfileSpec? Build(ProfileRegistry registry, Lazy<SpecNulls> nulls, ProfileRegistration registration, ResolvedSettings settings, HookTrace? hooks, List<Finding> findings, bool keepGoing)
    {
        if (settings.Missing.Count > 0)
        {
            foreach (var missing in settings.Missing)
            {
                findings.Add(Finding.Error(registration.Slug, missing.Key.Name, "is required and not set", WhereToSet(registration, missing)));
            }

            return null;
        }

        ProfileSpec spec;
        try
        {
            // A plugin's hooks run as plugin calls and what they give is checked; the built-ins' run as they are.
            spec = registry.PluginOf(registration.Profile) is { } plugin
                ? BuildPluginProfile(registry.Calls, nulls.Value, registration, plugin, settings, hooks)
                : SpecBuilder.Build(registration.Profile, settings, hooks);
        }
        catch (ProfileBuildException e) when (keepGoing)
        {
            findings.Add(Finding.Error(registration.Slug, "build", e.Reason, "a profile whose hooks and assets build"));
            return null;
        }

        var patched = ForProfile(registration.Slug, () => SitePatcher.Apply(spec, settings));
        return LifecycleStage.Apply(patched, settings, jupyterServer: registration.Profile.IsJupyterServer);
    }

    // wsconf requires the names and the image of every profile (its base declarations): a class that leaves one unset
    // in Declare is its author's slip, so the author is told where a class sets it. What a class requires is the site's to give.
    private static string WhereToSet(ProfileRegistration registration, SettingDeclaration missing)
    {
        var (slug, name) = (registration.Slug, missing.Key.Name);
        var values = $"set it in a values file under profiles.{slug}.{name}, or with --override {slug}:{name}=VALUE";
        return missing.Source.Origin == SettingOrigin.Base && registration.Profile is not DataProfile
            ? $"a profile class sets it in its Declare; or {values}"
            : values;
    }

    private static ProfileSpec BuildPluginProfile(PluginCalls calls, SpecNulls nulls, ProfileRegistration registration, string plugin, ResolvedSettings settings, HookTrace? hooks)
    {
        var guarded = new GuardedProfile(registration.Profile, calls, nulls, plugin, registration.Slug);
        return SpecBuilder.Build(guarded, settings, hooks, registration.Profile.GetType());
    }

    // A value written for another profile (one this profile includes or extends) or under global: may be wrong for
    // this profile alone, e.g. a patch of an item that only the other profile's hooks make: the error says which.
    private static T ForProfile<T>(string slug, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (ValuesFileException e) when (!e.Path.StartsWith($"profiles.{slug}.", StringComparison.Ordinal))
        {
            throw new ValuesFileException(e.Mark, e.Path, $"{e.Problem} (building profile '{slug}', which takes this value from there)", e.ExitCode, e);
        }
    }

    // The overrides of each selected profile as one layer per slug (aliases resolved). An unknown or abstract profile
    // is a usage error; overrides of a profile not selected are one warning per profile, and dropped.
    private static Dictionary<string, CommandLineOverrides> OverridesOf(
        ProfileCatalog catalog, CommandLineLayers commandLine, IReadOnlyList<ProfileRegistration> selected, List<Finding> warnings)
    {
        var layers = new Dictionary<string, CommandLineOverrides>(StringComparer.Ordinal);
        foreach (var given in commandLine.Overrides)
        {
            var registration = catalog.Registry.Find(given.Slug) ?? throw new UsageException($"{given.Given}: {catalog.Registry.UnknownMessage(given.Slug)}");
            if (ProfileCatalog.IsAbstract(registration))
            {
                throw new UsageException($"{given.Given}: profile '{registration.Slug}' is abstract (a mixin); override the profiles that include it");
            }

            if (!layers.TryGetValue(registration.Slug, out var entry))
            {
                layers[registration.Slug] = entry = new CommandLineOverrides();
            }

            entry.Add(given);
        }

        foreach (var (slug, entry) in layers.Where(pair => !selected.Any(r => r.Slug == pair.Key)).ToList())
        {
            var more = entry.Given.Count > 1 ? $" and {entry.Given.Count - 1} more" : "";
            warnings.Add(Finding.WarningAbout($"{entry.Given[0].Given}{more}", $"profile '{slug}' is not selected; ignored"));
            layers.Remove(slug);
        }

        return layers;
    }
}
