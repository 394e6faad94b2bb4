using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Tests.Validation;

/// <summary>
/// Specs built by hand with template syntax in every kind of field config.yml holds (keys included, manifests at
/// depth), and seeded random ones, for comparing the spec walk with the rendered-tree walk.
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
            Manifests = ValueList.Of(new ManifestSpec("m", "m", ValueList.Of<YamlNode>(Map(("", YamlNode.Str(Comment)))), false)),
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
            new ConfigMapSpec("cm-{{ .Values.n }}", "key{{ x }}", "/etc/{{ .Values.p }}", Mode, true, Mixed + "\n" + Statement, false),
            new ConfigMapSpec("plain", "k", null, Mode, false, null, true)),
        Volumes = ValueList.Of(
            Volume("home-{{ .Values.v }}", "claim-{{ spawner.user.name }}-{{ .Values.c }}") with
            {
                StorageClass = "sc{{ .Values.sc }}",
                MountPath = "/home/{{ .Values.m }}",
                Annotations = ValueMap.Of(("{{ .Values.ak }}", "{{ .Values.av }}"), ("example.org/plain", Statement + "{{ namespace }}")),
            },
            Volume("data", "data")),
        RoleBindings = ValueList.Of(new RoleBindingSpec(
            "rb-{{ .Values.r }}",
            ValueList.Of(new SubjectSpec("{{ .Values.sa }}", SubjectKind.ServiceAccount), new SubjectSpec("{{ spawner.user.name }}{{ x }}", SubjectKind.User)),
            new RoleSpec("role-{{ .Values.r }}", ValueList.Of("", "{{ .Values.g }}"), ValueList.Of("pods", "{{ .Values.res }}"), ValueList.Of(RoleVerb.Get, RoleVerb.DeleteCollection)),
            false)),
        ImagePullSecrets = ValueList.Of(new ImagePullSecretSpec("pull-{{ .Values.s }}", false, "{{ .Values.data }}"), new ImagePullSecretSpec("other", true, null)),
        InitContainers = ValueList.Of(new InitContainerSpec(
            "init-{{ .Values.i }}",
            "img{{ .Values.i }}",
            ValueList.Of("sh", Mixed + "{{ .Values.cmd }}", Statement),
            ValueList.Of(new VolumeMountSpec("m{{ .Values.m }}", "/p{{ .Values.p }}", "sub{{ .Values.s }}"), new VolumeMountSpec("n", "/q")))),
        Manifests = ValueList.Of(
            new ManifestSpec("man{{ .Values.n }}", "k{% x %}", ValueList.Of<YamlNode>(DeepObject(), YamlNode.Str("{{ .Values.doc }}")), false),
            new ManifestSpec("second", "second", ValueList.Of<YamlNode>(YamlNode.Seq(ValueList.Of<YamlNode>(Map(("a", YamlNode.Str(Bash)))))), true)),
        EnvFromConfigMaps = ValueList.Of("{{ .Values.ecm }}", "plain"),
        EnvFromSecrets = ValueList.Of("{% s %}", "{{ .Values.es }}"),
        SecretMounts = ValueList.Of(new SecretMountSpec("sec-{{ .Values.s }}", "/s{{ x }}", "sub{{ y }}"), new SecretMountSpec("tls", "/etc/tls")),
    };

    /// <summary>A spec with each optional part present or not, its strings drawn from the pool; the same seed gives the same spec.</summary>
    public static ProfileSpec Random(int seed)
    {
        var random = new Random(seed);
        string S() => Pool[random.Next(Pool.Length)];
        bool Maybe() => random.Next(2) == 0;
        ValueList<T> List<T>(Func<T> item) => Enumerable.Range(0, random.Next(3)).Select(_ => item()).ToValueList();
        ValueMap<T> Pairs<T>(Func<T> value) => Enumerable.Range(0, random.Next(3)).Select(_ => new KeyValuePair<string, T>(S(), value())).ToValueMap();

        YamlNode Node(int depth) => (depth > 2 ? 2 : random.Next(5)) switch
        {
            0 => YamlNode.Seq(Enumerable.Range(0, random.Next(3)).Select(_ => Node(depth + 1)).ToValueList()),
            1 => YamlNode.Map(Pairs(() => Node(depth + 1)), n => n),
            2 => YamlNode.Str(S()),
            3 => YamlNode.Int(random.Next(10)),
            _ => Maybe() ? YamlNode.Bool(true) : YamlNode.Null,
        };

        return Minimal() with
        {
            Slug = S(),
            DisplayName = S(),
            Description = S(),
            Groups = List(S),
            Image = S(),
            MemGuarantee = Maybe() ? Memory.Parse("1G") : null,
            ExtraResourceLimits = Pairs(() => 1L),
            ExtraResourceGuarantees = Pairs(() => 1L),
            NodeSelector = Pairs(S),
            DefaultUrl = Maybe() ? S() : null,
            Env = Pairs(() => Maybe() ? EnvValue.Of(S()) : EnvValue.FromConfigMap(S(), S())),
            ConfigMaps = List(() => new ConfigMapSpec(S(), S(), Maybe() ? S() : null, Mode, Maybe(), Maybe() ? S() : null, Maybe())),
            Volumes = List(() => Volume(S(), S()) with { StorageClass = S(), MountPath = S(), Annotations = Pairs(S) }),
            RoleBindings = List(() => new RoleBindingSpec(
                S(),
                List(() => new SubjectSpec(S(), Maybe() ? SubjectKind.User : SubjectKind.ServiceAccount)),
                new RoleSpec(S(), List(S), List(S), List(() => (RoleVerb)random.Next(8))),
                Maybe())),
            ImagePullSecrets = List(() => new ImagePullSecretSpec(S(), Maybe(), Maybe() ? S() : null)),
            InitContainers = List(() => new InitContainerSpec(S(), S(), List(S), List(() => new VolumeMountSpec(S(), S(), Maybe() ? S() : null)))),
            Manifests = List(() => new ManifestSpec(S(), S(), List(() => Node(0)), Maybe())),
            EnvFromConfigMaps = List(S),
            EnvFromSecrets = List(S),
            SecretMounts = List(() => new SecretMountSpec(S(), S(), Maybe() ? S() : null)),
        };
    }

    private static VolumeSpec Volume(string name, string claim) =>
        new(name, claim, Quantity.Parse("1Gi"), "standard", ValueList.Of(AccessMode.ReadWriteOnce, AccessMode.ReadWriteMany), "/data", false);

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
