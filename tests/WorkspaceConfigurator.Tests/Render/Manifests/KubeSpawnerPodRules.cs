using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>
/// An independent statement, for the tests, of the pod the hub creates from one profile of config.yml: what the
/// Application Hub patches into the spawner (volumes and mounts, env, init containers, node selector, pull secrets,
/// default URL), what JupyterHub 5.2 puts into the environment, and how KubeSpawner 7's make_pod lays it out.
/// It reads config.yml (what the hub reads), not wsconf's specs, and shares no code with the renderer.
/// </summary>
internal static class KubeSpawnerPodRules
{
    private const string SetAtSpawn = "<set by the hub at spawn>";

    public static JObject Pod(JObject profile, string user, string @namespace, HubFacts hub)
    {
        profile = (JObject)Render(profile.DeepClone(), user, @namespace);
        var overrides = (JObject)profile["definition"]!["kubespawner_override"]!;
        var volumesGiven = profile["volumes"] is JArray { Count: > 0 };

        var volumes = new JArray();
        var mounts = new JArray();
        foreach (var map in Items(profile, "config_maps").Where(m => m["mount_path"]?.Type == JTokenType.String))
        {
            volumes.Add(new JObject { ["name"] = map["name"], ["configMap"] = new JObject { ["name"] = map["name"], ["defaultMode"] = Convert.ToInt32((string)map["default_mode"]!, 8) } });
            mounts.Add(new JObject { ["name"] = map["name"], ["mountPath"] = map["mount_path"], ["subPath"] = map["key"] });
        }

        foreach (var volume in Items(profile, "volumes"))
        {
            volumes.Add(new JObject { ["name"] = volume["name"], ["persistentVolumeClaim"] = new JObject { ["claimName"] = volume["claim_name"] } });
            mounts.Add(new JObject { ["name"] = volume["volume_mount"]!["name"], ["mountPath"] = volume["volume_mount"]!["mount_path"] });
        }

        if (volumesGiven)
        {
            foreach (var secret in Items(profile, "secret_mounts"))
            {
                volumes.Add(new JObject { ["name"] = secret["name"], ["secret"] = new JObject { ["secretName"] = secret["name"] } });
                var mount = new JObject { ["name"] = secret["name"], ["mountPath"] = secret["mount_path"] };
                if (secret["sub_path"] is JValue { Type: JTokenType.String } sub)
                {
                    mount["subPath"] = sub;
                }

                mounts.Add(mount);
            }
        }

        var container = new JObject
        {
            ["name"] = "notebook",
            ["image"] = overrides["image"],
            ["ports"] = new JArray(new JObject { ["name"] = "notebook-port", ["containerPort"] = 8888 }),
            ["env"] = Env(profile, overrides, user, @namespace, hub),
        };
        if (volumesGiven)
        {
            var envFrom = new JArray();
            foreach (var name in Items(profile, "env_from_config_maps"))
            {
                envFrom.Add(new JObject { ["configMapRef"] = new JObject { ["name"] = name } });
            }

            foreach (var name in Items(profile, "env_from_secrets"))
            {
                envFrom.Add(new JObject { ["secretRef"] = new JObject { ["name"] = name } });
            }

            if (envFrom.Count > 0)
            {
                container["envFrom"] = envFrom;
            }
        }

        container["resources"] = Resources(overrides);
        if (mounts.Count > 0)
        {
            container["volumeMounts"] = mounts;
        }

        container["lifecycle"] = new JObject();
        var security = new JObject();
        if (hub.Uid is { } uid)
        {
            security["runAsUser"] = uid;
        }

        if (hub.Privileged)
        {
            security["privileged"] = true;
        }

        security["allowPrivilegeEscalation"] = hub.AllowPrivilegeEscalation;
        container["securityContext"] = security;

        var spec = new JObject();
        if (volumesGiven && Items(profile, "init_containers").Any())
        {
            spec["initContainers"] = new JArray(Items(profile, "init_containers").Select(c => new JObject
            {
                ["name"] = c["name"],
                ["image"] = c["image"],
                ["command"] = c["command"],
                ["volumeMounts"] = new JArray(((JArray)c["volume_mounts"]!).Select(m =>
                {
                    var mount = new JObject { ["name"] = m["name"], ["mountPath"] = m["mount_path"] };
                    if (m["sub_path"] is JValue { Type: JTokenType.String } sub)
                    {
                        mount["subPath"] = sub;
                    }

                    return mount;
                })),
            }));
        }

        spec["containers"] = new JArray(container);
        if (volumes.Count > 0)
        {
            spec["volumes"] = volumes;
        }

        if (profile["node_selector"] is JObject { Count: > 0 } selector)
        {
            spec["nodeSelector"] = selector;
        }

        if (hub.FsGroup is { } fsGroup)
        {
            spec["securityContext"] = new JObject { ["fsGroup"] = fsGroup };
        }

        if (hub.ServiceAccount is { } account)
        {
            spec["serviceAccountName"] = account;
        }
        else
        {
            spec["automountServiceAccountToken"] = false;
        }

        var pullSecrets = hub.PullSecrets.Concat(volumesGiven ? Items(profile, "image_pull_secrets").Select(s => (string)s["name"]!) : []).ToList();
        if (pullSecrets.Count > 0)
        {
            spec["imagePullSecrets"] = new JArray(pullSecrets.Select(n => new JObject { ["name"] = n }));
        }

        spec["restartPolicy"] = "OnFailure";
        return new JObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = new JObject
            {
                ["name"] = hub.PodName(user),
                ["namespace"] = @namespace,
                ["labels"] = new JObject
                {
                    ["app"] = "jupyterhub",
                    ["app.kubernetes.io/component"] = "singleuser-server",
                    ["app.kubernetes.io/managed-by"] = "kubespawner",
                    ["app.kubernetes.io/name"] = "jupyterhub",
                    ["component"] = "singleuser-server",
                    ["heritage"] = "jupyterhub",
                    ["hub.jupyter.org/servername"] = "",
                    ["hub.jupyter.org/username"] = LabelSafe(user),
                },
                ["annotations"] = new JObject
                {
                    ["hub.jupyter.org/jupyterhub-version"] = "5.2.1",
                    ["hub.jupyter.org/kubespawner-version"] = "7.0.0",
                    ["hub.jupyter.org/username"] = user,
                },
            },
            ["spec"] = spec,
        };
    }

    // JupyterHub's own, then the spawner's environment (the hub's, then the profile's), sorted by name.
    private static JArray Env(JObject profile, JObject overrides, string user, string @namespace, HubFacts hub)
    {
        var env = new SortedDictionary<string, JObject>(StringComparer.Ordinal);
        void Set(string name, string value) => env[name] = new JObject { ["name"] = name, ["value"] = value };
        foreach (var name in new[] { "JUPYTERHUB_API_TOKEN", "JPY_API_TOKEN", "JUPYTERHUB_CLIENT_ID" })
        {
            Set(name, SetAtSpawn);
        }

        var scopes = $"[\"access:servers!server={user}/\", \"access:servers!user={user}\"]";
        Set("JUPYTERHUB_ACTIVITY_URL", $"{hub.ApiUrl}/users/{user}/activity");
        Set("JUPYTERHUB_API_URL", hub.ApiUrl);
        Set("JUPYTERHUB_BASE_URL", "/");
        Set("JUPYTERHUB_COOKIE_HOST_PREFIX_ENABLED", "0");
        Set("JUPYTERHUB_HOST", "");
        Set("JUPYTERHUB_OAUTH_ACCESS_SCOPES", scopes);
        Set("JUPYTERHUB_OAUTH_CALLBACK_URL", $"/user/{user}/oauth_callback");
        Set("JUPYTERHUB_OAUTH_CLIENT_ALLOWED_SCOPES", "[]");
        Set("JUPYTERHUB_OAUTH_SCOPES", scopes);
        Set("JUPYTERHUB_PUBLIC_HUB_URL", "");
        Set("JUPYTERHUB_PUBLIC_URL", "");
        Set("JUPYTERHUB_SERVER_NAME", "");
        Set("JUPYTERHUB_SERVICE_PREFIX", $"/user/{user}/");
        Set("JUPYTERHUB_SERVICE_URL", $"http://0.0.0.0:8888/user/{user}/");
        Set("JUPYTERHUB_USER", user);
        Set("CPU_LIMIT", $"{(long)overrides["cpu_limit"]!}.0");
        if (overrides["cpu_guarantee"] is JValue { Type: JTokenType.Integer } cpu && (long)cpu > 0)
        {
            Set("CPU_GUARANTEE", $"{(long)cpu}.0");
        }

        Set("MEM_LIMIT", Bytes((string)overrides["mem_limit"]!));
        if (overrides["mem_guarantee"] is JValue { Type: JTokenType.String } memory)
        {
            Set("MEM_GUARANTEE", Bytes((string)memory!));
        }

        if (profile["default_url"] is JValue { Type: JTokenType.String } url)
        {
            Set("JUPYTERHUB_DEFAULT_URL", (string)url!);
        }

        Set("JUPYTER_IMAGE", (string)overrides["image"]!);
        Set("JUPYTER_IMAGE_SPEC", (string)overrides["image"]!);
        foreach (var (name, value) in hub.Environment)
        {
            Set(name, value(user));
        }

        if (profile["pod_env_vars"] is JObject vars)
        {
            foreach (var (name, value) in vars)
            {
                if (value is JObject { } reference)
                {
                    var from = reference["from_config_map"]!;
                    // application-hub-context reads the value before the spawn and sets it as a literal.
                    Set(name, $"<read by the hub at spawn from config map {from["name"]}, key {from["key"]}>");
                }
                else
                {
                    Set(name, (string)value!);
                }
            }
        }

        return new JArray(env.Values);
    }

    // Guarantees are requests, limits are limits; extended resources in both, as the API server keeps them.
    private static JObject Resources(JObject overrides)
    {
        var requests = new JObject();
        var limits = new JObject();
        if (overrides["cpu_guarantee"] is JValue { Type: JTokenType.Integer } cpu)
        {
            requests["cpu"] = ((long)cpu).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (overrides["mem_guarantee"] is JValue { Type: JTokenType.String } memory)
        {
            requests["memory"] = (string)memory! + "i";
        }

        limits["cpu"] = ((long)overrides["cpu_limit"]!).ToString(System.Globalization.CultureInfo.InvariantCulture);
        limits["memory"] = (string)overrides["mem_limit"]! + "i";
        foreach (var source in new[] { "extra_resource_guarantees", "extra_resource_limits" })
        {
            if (overrides[source] is JObject extended)
            {
                foreach (var (name, count) in extended)
                {
                    requests[name] = count!.ToString();
                    limits[name] = count.ToString();
                }
            }
        }

        var resources = new JObject();
        if (requests.Count > 0)
        {
            resources["requests"] = requests;
        }

        resources["limits"] = limits;
        return resources;
    }

    // The hub's memory notation: K, M, G and T are powers of 1024.
    private static string Bytes(string hubMemory)
    {
        var power = "KMGT".IndexOf(hubMemory[^1], StringComparison.Ordinal) + 1;
        return ((long)(decimal.Parse(hubMemory[..^1], System.Globalization.CultureInfo.InvariantCulture) * (decimal)Math.Pow(1024, power))).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<JToken> Items(JObject profile, string key) => profile[key] as JArray ?? [];

    // The two placeholders the hub's Jinja step fills, in every string.
    private static JToken Render(JToken token, string user, string @namespace)
    {
        switch (token)
        {
            case JObject o:
                foreach (var property in o.Properties().ToList())
                {
                    property.Value = Render(property.Value, user, @namespace);
                }

                return o;
            case JArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = Render(a[i], user, @namespace);
                }

                return a;
            case JValue { Type: JTokenType.String } v:
                var text = Regex.Replace((string)v!, @"\{\{\s*spawner\.user\.name\s*\}\}", user);
                return new JValue(Regex.Replace(text, @"\{\{\s*namespace\s*\}\}", @namespace));
            default:
                return token;
        }
    }

    // KubeSpawner's safe slugs, restated: a name valid as an object name (or label) is kept, others are lower-cased,
    // stripped to [a-z0-9-] and get '---' and 8 hex digits of SHA-256.
    public static string Safe(string name, int max)
    {
        var valid = Regex.IsMatch(name, "^[a-z]([a-z0-9-]*[a-z0-9])?$") && name.Length <= Math.Min(max, 63) && !name.Contains("--");
        return valid ? name : $"{Strip(name, max - 11)}---{Sha(Encoding.UTF8.GetBytes(name))}";
    }

    public static string UserServer(string user)
    {
        var safe = Safe(user, 48);
        return safe.Length + 2 <= 48 ? safe : $"{Strip(user, 17)}--x---{Sha([.. Encoding.UTF8.GetBytes(user), 0xFF])}";
    }

    private static string LabelSafe(string user) =>
        Regex.IsMatch(user, "^([A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?)?$") && user.Length <= 63 && !user.Contains("--")
            ? user
            : $"{Strip(user, 21)}---{Sha(Encoding.UTF8.GetBytes(user))}";

    private static string Strip(string name, int max)
    {
        var s = Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9]+", "-").TrimStart('-');
        s = s[..Math.Min(s.Length, max)].TrimEnd('-');
        if (s.Length > 0 && !char.IsAsciiLetterLower(s[0]))
        {
            s = "x-" + s[..Math.Min(s.Length, max - 2)];
        }

        return s.Length == 0 ? "x" : s;
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
}
