namespace WorkspaceConfigurator.Diff;

/// <summary>
/// What a difference does to users who already have a workspace, from what the hub does (hub-spawn contract): at
/// every start it creates claims, config maps, roles, pull secrets and manifests only when they are absent, and
/// rebuilds the pod from the profile; at stop it deletes the objects with <c>persist: false</c>. So a change of
/// the pod reaches everyone at their next start, a change of an object the hub keeps reaches new users only,
/// and a change that points users at another claim, or their home at another path, loses their files. A config map
/// seeded into the home (<c>rc_files: seed</c>) is copied there by the <c>home-seed</c> init container only when the
/// home lacks the file: from then on the file is the user's, so a change of it reaches new users only.
/// </summary>
internal static class ChangeRules
{
    private const string Recreated = "with persist: false it is deleted at every stop and created anew at the next start";

    private const string SameBoolean = "written differently, the same to the hub";

    /// <summary>The init container that copies seeded files into the home: <c>sh startup.sh seed HOME SRC DEST [SRC DEST]...</c>.</summary>
    private const string HomeSeed = "home-seed";

    public static Change ProfileAdded(HubProfile profile) =>
        new(profile.Key, ChangeClass.NextStart, Change.WholeProfile, null, new HubText(profile.DisplayName),
            "a new profile: the users of its groups see it on the spawn page");

    public static Change ProfileRemoved(HubProfile profile) =>
        new(profile.Key, ChangeClass.DataLoss, Change.WholeProfile, new HubText(profile.DisplayName), null,
            "users who chose it lose their selection; what the hub created for them stays in their namespaces");

    public static (ChangeClass Class, string Reason) Classify(FieldDifference d) => d.Section switch
    {
        "volumes" when d.Item is not null => Volume(d),
        "config_maps" when d.Item is not null => ConfigMap(d),
        "role_bindings" when d.Item is not null => KeptObject(d, "the Role and RoleBinding", "stay", ["subjects", "role"], "the old rules"),
        "image_pull_secrets" when d.Item is not null => KeptObject(d, "the Secret", "stays", ["data"], "the old credentials"),
        "manifests" when d.Item is not null => KeptObject(d, "the objects", "stay", ["content", "key"], "the old ones"),
        "init_containers" or "secret_mounts" when d.Item is not null => PodItem(d),
        "pod_env_vars" when d.Leaf == "HOME" => (ChangeClass.DataLoss,
            $"the home moves from {HubValueText.Short(d.Old)} to {HubValueText.Short(d.New)}: files and absolute paths in users' homes are no longer where they were"),
        "pod_env_vars" or "env_from_config_maps" or "env_from_secrets" => Next("the environment of the next start"),
        "definition" => Definition(d),
        "id" => Next("the hub knows the profile by its new id from the next start"),
        "groups" => Next("decides who sees the profile on the spawn page; running workspaces keep going"),
        "node_selector" => Next("the next start is scheduled by the new node selector"),
        "default_url" => Next("users land there from the next start"),
        _ => Next("applied at the next start, if the hub reads it (it drops keys it does not know)"),
    };

    private static (ChangeClass, string) Definition(FieldDifference d)
    {
        if (d.Leaf != "kubespawner_override")
        {
            return Next("shown on the spawn page; running workspaces keep going");
        }

        var key = d.Keys.Count > 1 ? d.Keys[1] : "";
        return key switch
        {
            "image" => Next("the next start runs the new image"),
            "cpu_limit" or "cpu_guarantee" or "mem_limit" or "mem_guarantee" => Next("the next start gets the new CPU and memory"),
            "extra_resource_limits" or "extra_resource_guarantees" => Next("the next start asks for the new extended resources"),
            _ => Next("KubeSpawner applies it at the next start"),
        };
    }

    private static (ChangeClass, string) Volume(FieldDifference d)
    {
        var persist = OldPersist(d);
        var home = IsHome(d.OldItem, d.OldProfile);
        var claim = d.OldItem?.Text("claim_name") ?? "";
        if (d.Keys.Count == 0 && d.Old is null)
        {
            return Next("the hub creates the claim and mounts it at the next start");
        }

        if (d.Keys.Count == 0 && d.New is null)
        {
            return persist ? RemovedVolume(d, claim, home) : Next("no longer created; with persist: false it was deleted at every stop anyway");
        }

        switch (d.Leaf)
        {
            case "persist" when persist == IsTrue(d.New):
                return Next(SameBoolean);
            case "persist":
                return persist
                    ? (ChangeClass.DataLoss, $"the claim is deleted at every stop from now on: users lose {(home ? "their home" : "the files on it")} when they stop")
                    : Next("the claim is kept from now on");
            case "claim_name":
                return persist
                    ? (ChangeClass.DataLoss,
                        $"every user gets an empty {(home ? "home" : $"volume at {MountPath(d.OldItem)}")}: the next start mounts a new claim '{HubValueText.Short(d.New)}'; their files stay on '{HubValueText.Short(d.Old)}', no longer mounted")
                    : Next($"{Recreated} as '{HubValueText.Short(d.New)}'");
            case "volume_mount" when d.Keys.Count == 1 || d.Keys[1] == "mount_path":
                if (MountPath(d.OldItem) == MountPath(NewItemOf(d)))
                {
                    return Next("pod side: applied at the next start");
                }

                return persist
                    ? (ChangeClass.DataLoss, home
                        ? $"the home moves from {MountPath(d.OldItem)} to {MountPath(NewItemOf(d))}: files and absolute paths in users' homes are no longer where they were"
                        : $"the volume moves from {MountPath(d.OldItem)} to {MountPath(NewItemOf(d))}: files on it and absolute paths to them are no longer where they were")
                    : Next("pod side: the next start mounts it there");
            case "volume_mount":
                return Next("pod side: applied at the next start");
            case "size" or "storage_class" or "access_modes" or "annotations" when NewItemOf(d)?.Text("claim_name") is { } newClaim && newClaim != claim:
                // A claim of a new name does not exist yet: the hub creates it as now described.
                return Next($"the next start creates the new claim '{newClaim}' with it");
            case "size" or "storage_class" or "access_modes" or "annotations":
                return persist ? (ChangeClass.NotApplied, KeptClaim(d)) : Next(Recreated);
            default:
                return Next("applied at the next start");
        }
    }

    // The volume item is gone, or its claim lives on under another name: moving a claim to a new pod volume name loses nothing.
    private static (ChangeClass, string) RemovedVolume(FieldDifference d, string claim, bool home)
    {
        foreach (var item in Volumes(d.NewProfile))
        {
            if (item is HubMap volume && volume.Text("claim_name") == claim)
            {
                return MountPath(volume) == MountPath(d.OldItem)
                    ? Next($"claim '{claim}' stays mounted at {MountPath(volume)}, as volume '{volume.Text("name")}'")
                    : (ChangeClass.DataLoss, $"claim '{claim}' moves from {MountPath(d.OldItem)} to {MountPath(volume)} (volume '{volume.Text("name")}'): files on it and absolute paths to them are no longer where they were");
            }
        }

        return (ChangeClass.DataLoss, home
            ? $"no longer mounted: users lose their home (claim '{claim}' stays in their namespace, out of reach)"
            : $"no longer mounted: users lose access to the files on claim '{claim}' (it stays in their namespace, out of reach)");
    }

    private static string KeptClaim(FieldDifference d) => d.Leaf switch
    {
        "size" => $"the hub keeps the existing claim: users who already have one keep {HubValueText.Short(d.Old)}",
        "storage_class" => $"the hub keeps the existing claim: users who already have one keep storage class {HubValueText.Short(d.Old)}",
        "access_modes" => $"the hub keeps the existing claim: users who already have one keep access modes {HubValueText.Short(d.Old)}",
        _ => "the hub keeps the existing claim: users who already have one keep its annotations as they were",
    };

    private static (ChangeClass, string) ConfigMap(FieldDifference d)
    {
        var persist = OldPersist(d);
        var newItem = NewItemOf(d);
        var oldSeed = SeedOf(d.OldProfile, d.OldItem);
        var newSeed = SeedOf(d.NewProfile, newItem);
        if (d.Keys.Count == 0)
        {
            if (d.Old is null)
            {
                return Next(newSeed is null
                    ? "the hub creates it at the next start (and mounts it, if it has a mount path)"
                    : $"the hub creates it at the next start; it is seeded into homes that lack {newSeed.Destination}");
            }

            return Next(persist ? "no longer mounted from the next start; the ConfigMap stays in users' namespaces (persist: true)" : "deleted at the next stop and no longer created");
        }

        // Seeded by the new file, or still at the path the old file seeded it from: what users have in their homes stays.
        var seed = newSeed ?? (oldSeed is not null && MountPathOf(d.OldItem) == MountPathOf(newItem) ? oldSeed : null);
        return d.Leaf switch
        {
            "content" or "key" when persist => (ChangeClass.NotApplied, d.Leaf == "content"
                ? "the hub keeps the existing ConfigMap: users who already have one keep the old content"
                : $"the hub keeps the existing ConfigMap: users who already have one keep its data under key {HubValueText.Short(d.Old)}"),
            "content" or "key" when seed is not null => (ChangeClass.NotApplied,
                $"seeded into the home only when absent: users who already have {seed.Destination} keep theirs"),
            "content" or "key" => Next(Recreated),
            "mount_path" when oldSeed is not null || newSeed is not null => SeedMountPath(d, oldSeed, newSeed),
            "persist" when persist == IsTrue(d.New) => Next(SameBoolean),
            "persist" => Next(persist
                ? "deleted at every stop from now on, so its content is renewed at every start"
                : "kept from now on: later changes of its content will not reach users who have it"),
            "mount_path" or "default_mode" or "readonly" => Next("pod side: applied at the next start"),
            _ => Next("applied at the next start"),
        };
    }

    // rc_files turned from mount to seed or back, or a seeded file that moves: what becomes of the file in users' homes.
    private static (ChangeClass, string) SeedMountPath(FieldDifference d, Seed? before, Seed? after)
    {
        var oldPath = HubValueText.Short(d.Old);
        var newPath = HubValueText.Short(d.New);
        if (before is null)
        {
            return Next($"no longer mounted at {oldPath}: seeded into the home as {after!.Destination} where the home lacks it (an empty file a mount left there counts); the file becomes the user's, and later changes do not reach users who have it");
        }

        if (after is null)
        {
            // Mounted where the home has the seeded copy: the copy, and what users made of it, is hidden under the mount.
            return d.New is HubText { Text: { } path } && path.TrimEnd('/') == before.Target
                ? (ChangeClass.DataLoss, $"no longer seeded: mounted over the copy in users' homes from the next start, so the changes they made to {before.Destination} are hidden while it is mounted")
                : Next($"no longer seeded: users keep the {before.Destination} they have, new users get none; mounted at {newPath} from the next start");
        }

        return before.Destination == after.Destination
            ? Next("pod side: applied at the next start")
            : Next($"seeded as {after.Destination} instead of {before.Destination}: users keep the {before.Destination} they have, and get {after.Destination} where the home lacks it");
    }

    // Role bindings, pull secrets and manifests: created only when absent, like claims, but losing none of the user's files.
    private static (ChangeClass, string) KeptObject(FieldDifference d, string what, string stays, string[] keptFields, string keep)
    {
        var persist = OldPersist(d);
        if (d.Keys.Count == 0)
        {
            return d.Old is null
                ? Next($"the hub creates {what} at the next start")
                : Next(persist ? $"no longer created; {what} {stays} in users' namespaces (persist: true)" : "deleted at the next stop and no longer created");
        }

        if (keptFields.Contains(d.Leaf))
        {
            return persist ? (ChangeClass.NotApplied, $"the hub keeps {what} users already have: they keep {keep}") : Next(Recreated);
        }

        if (d.Leaf == "persist" && persist == IsTrue(d.New))
        {
            return Next(SameBoolean);
        }

        return d.Leaf == "persist"
            ? Next(persist ? "deleted at every stop from now on" : "kept from now on: later changes will not reach users who have it")
            : Next("applied at the next start");
    }

    private static (ChangeClass, string) PodItem(FieldDifference d) => Next(d.Keys.Count > 0
        ? "pod side: applied at the next start"
        : d.Old is null ? "added to the pod at the next start" : "removed from the pod at the next start");

    private static (ChangeClass, string) Next(string reason) => (ChangeClass.NextStart, reason);

    // The hub's default when persist is left out is true (and for a volume it is required): assume what keeps objects.
    private static bool OldPersist(FieldDifference d) => d.OldItem?["persist"] is not HubText { Text: { } text } || !IsFalse(text);

    private static bool IsTrue(HubValue? value) => value is not HubText { Text: { } text } || !IsFalse(text);

    // The reader has refused what the hub does not take for a boolean.
    private static bool IsFalse(string text) => HubBoolean.Parse(text) == false;

    /// <summary>A file the <c>home-seed</c> init container copies into <see cref="Home"/> as <see cref="Destination"/> (a path inside it).</summary>
    private sealed record Seed(string Home, string Destination)
    {
        public string Target => $"{Home.TrimEnd('/')}/{Destination}";
    }

    // The config map is seeded when the profile's home-seed init container copies from where it is mounted.
    private static Seed? SeedOf(HubMap profile, HubMap? configMap)
    {
        if (MountPathOf(configMap) is not { } source)
        {
            return null;
        }

        foreach (var item in Items(profile, "init_containers"))
        {
            if (item is not HubMap container || container.Text("name") != HomeSeed)
            {
                continue;
            }

            var words = Words(container["command"]).Concat(Words(container["args"])).ToList();
            var step = words.IndexOf("seed");
            if (step < 0 || step + 1 >= words.Count || words[step + 1] is not { } home)
            {
                continue;
            }

            for (var i = step + 2; i + 1 < words.Count; i += 2)
            {
                if (words[i] == source && words[i + 1] is { } destination)
                {
                    return new Seed(home, destination);
                }
            }
        }

        return null;
    }

    private static IEnumerable<string?> Words(HubValue? value) =>
        (value as HubList)?.Items.Select(i => (i as HubText)?.Text) ?? [];

    private static string? MountPathOf(HubMap? configMap) => configMap?.Text("mount_path");

    private static string MountPath(HubMap? volume) => (volume?["volume_mount"] as HubMap)?.Text("mount_path") ?? HubValueText.Absent;

    // The item of the same name in the new file, in the difference's section.
    private static HubMap? NewItemOf(FieldDifference d)
    {
        foreach (var item in Items(d.NewProfile, d.Section))
        {
            if (item is HubMap named && named.Text("name") == d.Item)
            {
                return named;
            }
        }

        return null;
    }

    private static IReadOnlyList<HubValue> Volumes(HubMap profile) => Items(profile, "volumes");

    private static IReadOnlyList<HubValue> Items(HubMap profile, string section) => (profile[section] as HubList)?.Items ?? (IReadOnlyList<HubValue>)[];

    // The home is the volume mounted where HOME points: losing it is what users feel most.
    private static bool IsHome(HubMap? volume, HubMap profile) =>
        volume is not null && (profile["pod_env_vars"] as HubMap)?.Text("HOME") is { } home && MountPath(volume).TrimEnd('/') == home.TrimEnd('/');
}
