using CsCheck;
using WorkspaceConfigurator.Build;

namespace WorkspaceConfigurator.Tests.Check;

/// <summary>
/// Specs built by hand with template syntax in every kind of field config.yml holds (keys included, manifests at
/// depth), and generated ones, for comparing the spec walk with the rendered-tree walk.
/// </summary>
internal static class TemplateSpecs
{
    private const string Values = "{{ .Values.x }}";
    private const string Statement = "{% if x %}y{% endif %}";
    private const string Comment = "{# note #}";
    private const string Bash = "echo ${#PATH}";
    private const string Mixed = "cd /home/{{ spawner.user.name }}; echo ${#PATH}";

    // Supported placeholders, unsupported ones, statement and comment syntax with and without "{{", unclosed ones.
    private static readonly string[] Pool =
    [
        "plain", "", "a.b/c", "{{ spawner.user.name }}", "{{namespace}}", Values, Statement, Comment, Bash, Mixed,
        Statement + " {{ namespace }}", Comment + "{{ .Values.y }}", "{{ spawner.user.name", "{% unclosed", "{# unclosed",
        "x-{{ .Values.a }}-{{ .Values.b }}", "{x}", "}}{{", "line one\n{{ .Values.z }}\nline three",
    ];

    private const int Mode = 0b110_100_100;

    public static ProfileSpec Minimal() => new()
    {
        Slug = "tiny",
        DisplayName = "Tiny",
        Description = "A minimal profile",
        Default = false,
        Groups = ValueList.Of("users"),
        Image = "busybox:1.36",
        CpuLimit = 1,
        MemLimit = Memory.Parse("1G"),
    };

    /// <summary>Named specs: every field templated, every optional field absent, and empty keys.</summary>
    public static IEnumerable<(string Name, ProfileSpec Spec)> Crafted()
    {
        yield return ("minimal", Minimal());
        yield return ("everything", Everything());
        yield return ("empty keys", Minimal() with
        {
            NodeSelector = ValueMap.Of(("", "")),
            Env = ValueMap.Of<EnvValue>(("", "")),
            Volumes = ValueList.Of(Volume("v", "c") with { Annotations = ValueMap.Of(("", Values)) }),
            Manifests = ValueList.Of(new ManifestSpec
            {
                Name = "m",
                Key = "m",
                Content = ValueList.Of<YamlNode>(Map(("", YamlNode.Str(Comment)))),
                Persist = false,
            }),
        });
    }

    /// <summary>Template syntax in every field config.yml holds, keys included.</summary>
    public static ProfileSpec Everything() => Minimal() with
    {
        Slug = "t{{ .Values.slug }}",
        DisplayName = Values,
        Description = Mixed + Statement,
        Groups = ValueList.Of("users", "{{ .Values.group }}", Comment + "{{ namespace }}"),
        Image = "registry/{{ .Values.image }}:1",
        MemGuarantee = Memory.Parse("512M"),
        ExtraResourceLimits = ValueMap.Of(("nvidia.com/{{ .Values.gpu }}", 1L)),
        ExtraResourceGuarantees = ValueMap.Of(("{% gpu %}{{ x }}", 1L)),
        NodeSelector = ValueMap.Of(("{{ .Values.zone }}", "eu"), ("disk", Statement + "{{ namespace }}")),
        DefaultUrl = "/lab/{{ .Values.url }}",
        Env = ValueMap.Of<EnvValue>(
            ("A", Values),
            ("B{{ .Values.key }}", "plain"),
            ("C", EnvValue.FromConfigMap("cm-{{ .Values.n }}", "k{{ .Values.k }}")),
            ("D", "{x}"),
            ("E", Mixed),
            ("F", Bash)),
        ConfigMaps = ValueList.Of(
            new ConfigMapSpec
            {
                Name = "cm-{{ .Values.n }}",
                Key = "key{{ x }}",
                MountPath = "/etc/{{ .Values.p }}",
                DefaultMode = Mode,
                ReadOnly = true,
                Content = Mixed + "\n" + Statement,
                Persist = false,
            },
            new ConfigMapSpec
            {
                Name = "plain",
                Key = "k",
                MountPath = null,
                DefaultMode = Mode,
                ReadOnly = false,
                Content = null,
                Persist = true,
            }),
        Volumes = ValueList.Of(
            Volume("home-{{ .Values.v }}", "claim-{{ spawner.user.name }}-{{ .Values.c }}") with
            {
                StorageClass = "sc{{ .Values.sc }}",
                MountPath = "/home/{{ .Values.m }}",
                Annotations = ValueMap.Of(("{{ .Values.ak }}", "{{ .Values.av }}"), ("example.org/plain", Statement + "{{ namespace }}")),
            },
            Volume("data", "data")),
        RoleBindings = ValueList.Of(new RoleBindingSpec
        {
            Name = "rb-{{ .Values.r }}",
            Subjects = ValueList.Of(new SubjectSpec { Name = "{{ .Values.sa }}", Kind = SubjectKind.ServiceAccount }, new SubjectSpec { Name = "{{ spawner.user.name }}{{ x }}", Kind = SubjectKind.User }),
            Role = new RoleSpec
            {
                Name = "role-{{ .Values.r }}",
                ApiGroups = ValueList.Of("", "{{ .Values.g }}"),
                Resources = ValueList.Of("pods", "{{ .Values.res }}"),
                Verbs = ValueList.Of(RoleVerb.Get, RoleVerb.DeleteCollection),
            },
            Persist = false,
        }),
        ImagePullSecrets = ValueList.Of(new ImagePullSecretSpec { Name = "pull-{{ .Values.s }}", Persist = false, Data = "{{ .Values.data }}" }, new ImagePullSecretSpec { Name = "other", Persist = true, Data = null }),
        InitContainers = ValueList.Of(new InitContainerSpec
        {
            Name = "init-{{ .Values.i }}",
            Image = "img{{ .Values.i }}",
            Command = ValueList.Of("sh", Mixed + "{{ .Values.cmd }}", Statement),
            VolumeMounts = ValueList.Of(new VolumeMountSpec { Name = "m{{ .Values.m }}", MountPath = "/p{{ .Values.p }}", SubPath = "sub{{ .Values.s }}" }, new VolumeMountSpec { Name = "n", MountPath = "/q" }),
        }),
        Manifests = ValueList.Of(
            new ManifestSpec
            {
                Name = "man{{ .Values.n }}",
                Key = "k{% x %}",
                Content = ValueList.Of<YamlNode>(DeepObject(), YamlNode.Str("{{ .Values.doc }}")),
                Persist = false,
            },
            new ManifestSpec
            {
                Name = "second",
                Key = "second",
                Content = ValueList.Of<YamlNode>(YamlNode.Seq(ValueList.Of<YamlNode>(Map(("a", YamlNode.Str(Bash)))))),
                Persist = true,
            }),
        EnvFromConfigMaps = ValueList.Of("{{ .Values.ecm }}", "plain"),
        EnvFromSecrets = ValueList.Of("{% s %}", "{{ .Values.es }}"),
        SecretMounts = ValueList.Of(new SecretMountSpec { Name = "sec-{{ .Values.s }}", MountPath = "/s{{ x }}", SubPath = "sub{{ y }}" }, new SecretMountSpec { Name = "tls", MountPath = "/etc/tls" }),
    };

    /// <summary>
    /// Specs with each optional part present or not, their strings drawn from the pool. They shrink towards fewer
    /// parts and towards the pool's first, plain strings.
    /// </summary>
    public static Gen<ProfileSpec> Random()
    {
        var s = Gen.OneOf(Pool);
        var maybe = s.Null(0.5);
        Gen<ValueList<T>> List<T>(Gen<T> item) => item.Array[0, 2].Select(items => items.ToValueList());
        Gen<ValueMap<T>> Pairs<T>(Gen<T> value) =>
            Gen.Select(s, value).Array[0, 2].Select(pairs => pairs.Select(p => new KeyValuePair<string, T>(p.Item1, p.Item2)).ToValueMap());

        // Maps and sequences down to depth 2, and plain scalars; below that, strings only.
        Gen<YamlNode> Node(int depth) => depth > 2 ? s.Select(YamlNode (text) => YamlNode.Str(text)) : Gen.OneOf<YamlNode>(
            List(Node(depth + 1)).Select(YamlNode (items) => YamlNode.Seq(items)),
            Pairs(Node(depth + 1)).Select(YamlNode (pairs) => YamlNode.Map(pairs, n => n)),
            s.Select(YamlNode (text) => YamlNode.Str(text)),
            Gen.Int[0, 9].Select(YamlNode (n) => YamlNode.Int(n)),
            Gen.OneOf(YamlNode.Bool(true), YamlNode.Null));

        var env = Gen.OneOf<EnvValue>(s.Select(EnvValue.Of), Gen.Select(s, s, EnvValue.FromConfigMap));
        var configMap = Gen.Select(s, s, maybe, Gen.Bool, maybe, Gen.Bool, (name, key, mountPath, readOnly, content, persist) =>
            new ConfigMapSpec
            {
                Name = name,
                Key = key,
                MountPath = mountPath,
                DefaultMode = Mode,
                ReadOnly = readOnly,
                Content = content,
                Persist = persist,
            });
        var volume = Gen.Select(s, s, s, s, Pairs(s), (name, claim, storageClass, mountPath, annotations) =>
            Volume(name, claim) with { StorageClass = storageClass, MountPath = mountPath, Annotations = annotations });
        var subject = Gen.Select(s, Gen.Bool, (name, user) => new SubjectSpec { Name = name, Kind = user ? SubjectKind.User : SubjectKind.ServiceAccount });
        var role = Gen.Select(s, List(s), List(s), List(Gen.Int[0, 7].Select(v => (RoleVerb)v)), (name, apiGroups, resources, verbs) =>
            new RoleSpec { Name = name, ApiGroups = apiGroups, Resources = resources, Verbs = verbs });
        var roleBinding = Gen.Select(s, List(subject), role, Gen.Bool, (name, subjects, bound, persist) => new RoleBindingSpec { Name = name, Subjects = subjects, Role = bound, Persist = persist });
        var pullSecret = Gen.Select(s, Gen.Bool, maybe, (name, persist, data) => new ImagePullSecretSpec { Name = name, Persist = persist, Data = data });
        var mount = Gen.Select(s, s, maybe, (name, mountPath, subPath) => new VolumeMountSpec { Name = name, MountPath = mountPath, SubPath = subPath });
        var initContainer = Gen.Select(s, s, List(s), List(mount), (name, image, command, mounts) => new InitContainerSpec { Name = name, Image = image, Command = command, VolumeMounts = mounts });
        var manifest = Gen.Select(s, s, List(Node(0)), Gen.Bool, (name, key, content, persist) => new ManifestSpec { Name = name, Key = key, Content = content, Persist = persist });
        var secretMount = Gen.Select(s, s, maybe, (name, mountPath, subPath) => new SecretMountSpec { Name = name, MountPath = mountPath, SubPath = subPath });

        // Gen.Select rather than a query: it sums the parts' sizes, so shrinking can make any of them smaller.
        var settings = Gen.Select(s, s, s, List(s), s, Gen.Bool, Pairs(Gen.Const(1L)), Pairs(Gen.Const(1L)), Pairs(s), maybe, Pairs(env),
            (slug, displayName, description, groups, image, memGuarantee, limits, guarantees, nodeSelector, defaultUrl, envVars) => Minimal() with
            {
                Slug = slug,
                DisplayName = displayName,
                Description = description,
                Groups = groups,
                Image = image,
                MemGuarantee = memGuarantee ? Memory.Parse("1G") : null,
                ExtraResourceLimits = limits,
                ExtraResourceGuarantees = guarantees,
                NodeSelector = nodeSelector,
                DefaultUrl = defaultUrl,
                Env = envVars,
            });
        return Gen.Select(
            settings, List(configMap), List(volume), List(roleBinding), List(pullSecret), List(initContainer), List(manifest), List(s), List(s), List(secretMount),
            (spec, configMaps, volumes, roleBindings, pullSecrets, initContainers, manifests, envFromConfigMaps, envFromSecrets, secretMounts) => spec with
            {
                ConfigMaps = configMaps,
                Volumes = volumes,
                RoleBindings = roleBindings,
                ImagePullSecrets = pullSecrets,
                InitContainers = initContainers,
                Manifests = manifests,
                EnvFromConfigMaps = envFromConfigMaps,
                EnvFromSecrets = envFromSecrets,
                SecretMounts = secretMounts,
            });
    }

    private static VolumeSpec Volume(string name, string claim) =>
        new()
        {
            Name = name,
            ClaimName = claim,
            Size = Quantity.Parse("1Gi"),
            StorageClass = "standard",
            AccessModes = ValueList.Of(AccessMode.ReadWriteOnce, AccessMode.ReadWriteMany),
            MountPath = "/data",
            Persist = false,
        };

    private static YamlMapping Map(params (string Key, YamlNode Value)[] entries) =>
        new(entries.Select(e => new YamlEntry(e.Key, e.Value)).ToValueList());

    // Keys and values with template syntax at several depths, sequences inside sequences, and non-string scalars.
    private static YamlMapping DeepObject() => Map(
        ("apiVersion", YamlNode.Str("v1")),
        ("kind", YamlNode.Str("ConfigMap")),
        ("metadata", Map(
            ("name", YamlNode.Str("cm-{{ namespace }}")),
            ("labels", Map(("{{ .Values.lk }}", YamlNode.Str("v" + Comment)))))),
        ("data", Map(
            ("values.yaml", YamlNode.Str("replicas: {{ .Values.replicas }}")),
            ("run.sh", YamlNode.Str("echo ${#ARGS[@]}")),
            ("{% key %}", YamlNode.Str("x")))),
        ("spec", Map(("items", YamlNode.Seq(ValueList.Of<YamlNode>(
            YamlNode.Seq(ValueList.Of<YamlNode>(YamlNode.Str("a{% b %}"), YamlNode.Int(3), YamlNode.Bool(true), YamlNode.Null)),
            Map(("deep", YamlNode.Seq(ValueList.Of<YamlNode>(Map(("deeper", YamlNode.Str("{{ .Values.deep }}"))))))),
            YamlNode.Str(""),
            Map(),
            YamlNode.Seq(ValueList.Of<YamlNode>())))))));
}
