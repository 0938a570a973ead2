using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Crosscheck.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from the compiled metadata: base types, interfaces, field and
/// method signatures, local variables, and every type, method and field a method body refers to. (Reading the IL
/// sees what the sources' <c>using</c> lines do not: fully qualified names, types of enclosing namespaces, lambdas.)
/// Compiler-generated nested types count as their outer type.
/// </summary>
internal sealed class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    /// <summary>The namespaces that hold types, whether or not they use another.</summary>
    public SortedSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

    /// <summary>From namespace → used namespace → one example ("Type uses Type").</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Edges => _edges;

    /// <summary>The names of the assemblies this one references.</summary>
    public IReadOnlyList<string> AssemblyReferences { get; private set; } = [];

    public static NamespaceGraph Read(string assemblyPath, string rootNamespace)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        MetadataReader md = pe.GetMetadataReader();
        var graph = new NamespaceGraph
        {
            AssemblyReferences = [.. md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name))],
        };

        foreach (TypeDefinitionHandle th in md.TypeDefinitions)
        {
            string from = NamespaceOf(md, th);
            if (!InRoot(from, rootNamespace))
            {
                continue;
            }

            graph.Namespaces.Add(from);
            var used = new Collector(md);
            TypeDefinition td = md.GetTypeDefinition(th);
            used.Entity(td.BaseType);
            foreach (InterfaceImplementationHandle ih in td.GetInterfaceImplementations())
            {
                used.Entity(md.GetInterfaceImplementation(ih).Interface);
            }

            foreach (FieldDefinitionHandle fh in td.GetFields())
            {
                md.GetFieldDefinition(fh).DecodeSignature(used, null);
            }

            foreach (MethodDefinitionHandle mh in td.GetMethods())
            {
                MethodDefinition m = md.GetMethodDefinition(mh);
                m.DecodeSignature(used, null);
                if (m.RelativeVirtualAddress != 0)
                {
                    MethodBodyBlock body = pe.GetMethodBody(m.RelativeVirtualAddress);
                    if (!body.LocalSignature.IsNil)
                    {
                        md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(used, null);
                    }

                    ReadIl(body.GetILReader(), used);
                }
            }

            string fromType = TypeName(md, th);
            foreach (TypeDefinitionHandle target in used.Types)
            {
                string to = NamespaceOf(md, target);
                if (to != from && InRoot(to, rootNamespace))
                {
                    if (!graph._edges.TryGetValue(from, out Dictionary<string, string>? targets))
                    {
                        graph._edges[from] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
                    }

                    targets.TryAdd(to, $"{fromType} uses {TypeName(md, target)}");
                }
            }
        }

        return graph;
    }

    /// <summary>The same graph with namespaces grouped (e.g. a folder with its subfolders): edges inside a group drop out.</summary>
    public NamespaceGraph Collapse(Func<string, string> group)
    {
        var g = new NamespaceGraph { AssemblyReferences = AssemblyReferences };
        foreach (string ns in Namespaces)
        {
            g.Namespaces.Add(group(ns));
        }

        foreach ((string from, Dictionary<string, string> targets) in _edges)
        {
            foreach ((string to, string example) in targets)
            {
                string a = group(from), b = group(to);
                if (a != b)
                {
                    if (!g._edges.TryGetValue(a, out Dictionary<string, string>? t))
                    {
                        g._edges[a] = t = new Dictionary<string, string>(StringComparer.Ordinal);
                    }

                    t.TryAdd(b, example);
                }
            }
        }

        return g;
    }

    /// <summary>The strongly connected groups of more than one namespace: each is a dependency cycle.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        int index = 0;
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string v)
        {
            indexOf[v] = low[v] = index++;
            stack.Push(v);
            onStack.Add(v);
            foreach (string w in _edges.TryGetValue(v, out var t) ? t.Keys.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (!indexOf.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], indexOf[w]);
                }
            }

            if (low[v] == indexOf[v])
            {
                var group = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    group.Add(w);
                }
                while (w != v);
                if (group.Count > 1)
                {
                    group.Sort(StringComparer.Ordinal);
                    cycles.Add(group);
                }
            }
        }

        foreach (string v in Namespaces.Concat(_edges.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            if (!indexOf.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return cycles;
    }

    private static bool InRoot(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static string NamespaceOf(MetadataReader md, TypeDefinitionHandle h)
    {
        TypeDefinition td = md.GetTypeDefinition(h);
        while (td.IsNested)
        {
            td = md.GetTypeDefinition(td.GetDeclaringType());
        }

        return md.GetString(td.Namespace);
    }

    private static string TypeName(MetadataReader md, TypeDefinitionHandle h)
    {
        TypeDefinition td = md.GetTypeDefinition(h);
        while (td.IsNested)
        {
            td = md.GetTypeDefinition(td.GetDeclaringType());
        }

        return md.GetString(td.Name);
    }

    private static void ReadIl(BlobReader il, Collector used)
    {
        while (il.RemainingBytes > 0)
        {
            byte first = il.ReadByte();
            short value = first == 0xFE ? unchecked((short)(0xFE00 | il.ReadByte())) : first;
            OpCode op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    il.ReadByte();
                    break;
                case OperandType.InlineVar:
                    il.ReadInt16();
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.ReadInt64();
                    break;
                case OperandType.InlineSwitch:
                    int n = il.ReadInt32();
                    for (int i = 0; i < n; i++)
                    {
                        il.ReadInt32();
                    }

                    break;
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    used.Entity(MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                default: // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    il.ReadInt32();
                    break;
            }
        }
    }

    /// <summary>Collects the type definitions of this assembly that a signature or an IL token names.</summary>
    private sealed class Collector(MetadataReader md) : ISignatureTypeProvider<int, object?>
    {
        public HashSet<TypeDefinitionHandle> Types { get; } = [];

        public void Entity(EntityHandle h)
        {
            if (h.IsNil)
            {
                return;
            }

            switch (h.Kind)
            {
                case HandleKind.TypeDefinition:
                    Types.Add((TypeDefinitionHandle)h);
                    break;
                case HandleKind.TypeSpecification:
                    md.GetTypeSpecification((TypeSpecificationHandle)h).DecodeSignature(this, null);
                    break;
                case HandleKind.MethodDefinition:
                    Types.Add(md.GetMethodDefinition((MethodDefinitionHandle)h).GetDeclaringType());
                    break;
                case HandleKind.FieldDefinition:
                    Types.Add(md.GetFieldDefinition((FieldDefinitionHandle)h).GetDeclaringType());
                    break;
                case HandleKind.MemberReference:
                    MemberReference r = md.GetMemberReference((MemberReferenceHandle)h);
                    Entity(r.Parent);
                    if (r.GetKind() == MemberReferenceKind.Method)
                    {
                        r.DecodeMethodSignature(this, null);
                    }
                    else
                    {
                        r.DecodeFieldSignature(this, null);
                    }

                    break;
                case HandleKind.MethodSpecification:
                    MethodSpecification s = md.GetMethodSpecification((MethodSpecificationHandle)h);
                    Entity(s.Method);
                    s.DecodeSignature(this, null);
                    break;
            }
        }

        public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Types.Add(handle);
            return 0;
        }

        public int GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
            return 0;
        }

        public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => 0;

        public int GetArrayType(int elementType, ArrayShape shape) => 0;

        public int GetByReferenceType(int elementType) => 0;

        public int GetGenericInstantiation(int genericType, System.Collections.Immutable.ImmutableArray<int> typeArguments) => 0;

        public int GetPointerType(int elementType) => 0;

        public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;

        public int GetSZArrayType(int elementType) => 0;

        public int GetFunctionPointerType(MethodSignature<int> signature) => 0;

        public int GetGenericMethodParameter(object? genericContext, int index) => 0;

        public int GetGenericTypeParameter(object? genericContext, int index) => 0;

        public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;

        public int GetPinnedType(int elementType) => 0;
    }
}
