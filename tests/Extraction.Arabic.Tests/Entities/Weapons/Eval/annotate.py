import json
G = {
1: [("كاتيوشا","N","rocket-artillery","Katyusha")],
2: [("دبابة","G","tank")],
3: [("دبابات","G","tank"),("ناقلة جنود مدرعة","G","armored-vehicle"),("قذائف المورتر","G","munition"),("ناقلة جنود أخرى مدرعة","G","armored-vehicle")],
6: [("راجمات الصواريخ","G","rocket-artillery")],
7: [("البوارج","G","warship")],
8: [("القذائف","G","munition"),("قذائف","G","munition",None,1),("القذيفة","G","munition")],
9: [("نظام الدفاع الصاروخي","G","air-defense")],
11: [("دبابات","G","tank")],
12: [("سلاح نووي","G","nuclear")],
13: [("الطائرات دون طيار","G","drone")],
15: [("مروحيات","G","helicopter")],
17: [("البارجة العسكرية","G","warship")],
18: [("الصواريخ الدفاعية","G","air-defense")],
22: [("قنابل","G","munition")],
23: [("طائرات الحربية","G","fighter-aircraft"),("المدفعية","G","artillery")],
26: [("كاتيوشا","N","rocket-artillery","Katyusha")],
27: [("المقاتلات","G","fighter-aircraft")],
28: [("غراد","N","rocket-artillery","BM-21 Grad")],
31: [("القذائف","G","munition")],
32: [("ميسترال","N","warship","Mistral")],
33: [("مدرعات","G","armored-vehicle")],
34: [("المدفعية","G","artillery"),("الصواريخ","G","missile")],
35: [("رشاشات","G","small-arms")],
37: [("مروحيتين","G","helicopter")],
40: [("المروحية","G","helicopter"),("صاروخ","G","missile")],
41: [("المقاتلات","G","fighter-aircraft")],
42: [("لغم","G","munition"),("قنابل يدوية","G","munition")],
44: [("إف 16","N","fighter-aircraft","F-16"),("هاربون","N","cruise-missile","Harpoon"),("ام1آي1","N","tank","M1 Abrams")],
46: [("طائرات عسكرية مقاتلة","G","fighter-aircraft"),("قطع بحرية عسكرية","G","warship"),("فريم","N","warship","FREMM")],
50: [("قذائف الهاون","G","munition"),("الآر بي جي","N","anti-tank","RPG-7")],
51: [("مقاتلات","G","fighter-aircraft"),("طائرات أمريكية بدون طيار","G","drone")],
56: [("رشاشات متوسطة","G","small-arms"),("الذخيرة","G","munition")],
59: [("القذائف","G","munition")],
61: [("قذائف الهاون","G","munition"),("الهوزر","G","artillery"),("الدبابات","G","tank")],
63: [("الصواريخ","G","missile")],
65: [("تورنادو","N","fighter-aircraft","Panavia Tornado")],
69: [("باك تا","N","transport-aircraft","PAK TA"),("PAK TA","N","transport-aircraft","PAK TA"),("الدبابات","G","tank")],
70: [("الطيران المروحي","G","helicopter"),("برميلاً متفجراً","G","munition"),("طائرات النظام الحربية","G","fighter-aircraft")],
72: [("الأباتشي","N","helicopter","AH-64 Apache"),("المدفعية","G","artillery"),("قذائف الهاون","G","munition"),("الكاتوشيا","N","rocket-artillery","Katyusha"),("القذائف","G","munition"),("مقذوفات","G","munition")],
77: [("إف 16","N","fighter-aircraft","F-16")],
120: [("البازوكا","N","anti-tank","Bazooka")],
122: [("ميغ 21","N","fighter-aircraft","MiG-21"),("الميغ","N","fighter-aircraft","MiG",None,1)],
123: [("الصواريخ","G","missile")],
124: [("مينيغان","N","small-arms","M134 Minigun"),("الرشاشات","G","small-arms")],
125: [("ايه امام 2","N","small-arms","AN/M2")],
127: [("الميج 19","N","fighter-aircraft","MiG-19"),("الاف 100 سوبر سابر","N","fighter-aircraft","F-100 Super Sabre"),("الاف 4 فانتوم","N","fighter-aircraft","F-4 Phantom II")],
128: [("Mig 29B","N","fighter-aircraft","MiG-29"),("Su 30KA","N","fighter-aircraft","Su-30"),("Yak 130","N","fighter-aircraft","Yak-130")],
130: [("الالوكلير","N","tank","Leclerc")],
131: [("الميغ 21","N","fighter-aircraft","MiG-21"),("الميغ 21","N","fighter-aircraft","MiG-21",1)],
132: [("الهيلفاير","N","anti-tank","AGM-114 Hellfire")],
133: [("دبابات","G","tank"),("لوكلير","N","tank","Leclerc")],
135: [("Il 78 Midas","N","transport-aircraft","Il-78")],
139: [("لوكلير","N","tank","Leclerc"),("الاي ام اكس 30","N","tank","AMX-30")],
141: [("مقاتلات حربية","G","fighter-aircraft")],
142: [("Mig 21","N","fighter-aircraft","MiG-21"),("Mig 29","N","fighter-aircraft","MiG-29"),("Su 24K","N","bomber","Su-24")],
145: [("في اكس","N","chemical","VX"),("VX","N","chemical","VX")],
146: [("الميج 21","N","fighter-aircraft","MiG-21"),("الطائرات الاعتراضية","G","fighter-aircraft")],
147: [("المقاتلة","G","fighter-aircraft"),("SM 1","N","fighter-aircraft","SM-1"),("ميج 17","N","fighter-aircraft","MiG-17")],
148: [("سي 47 سكايتراين","N","transport-aircraft","C-47 Skytrain"),("ايه سي 47 سبوكي","N","fighter-aircraft","AC-47 Spooky"),("مينيغان","N","small-arms","M134 Minigun"),("Minigun","N","small-arms","M134 Minigun")],
149: [("البازوكا","N","anti-tank","Bazooka"),("الذخيرة","G","munition")],
151: [("سي 123 بروفايدر","N","transport-aircraft","C-123 Provider")],
153: [("ميج 29","N","fighter-aircraft","MiG-29")],
156: [("Mi 171","N","helicopter","Mi-171"),("Mi 24","N","helicopter","Mi-24"),("Mig 29","N","fighter-aircraft","MiG-29")],
157: [("قنبلة نيوترونية","G","nuclear"),("القنبلة النيوترونية","G","nuclear")],
159: [("السوخوي 7","N","fighter-aircraft","Su-7"),("السوخوي 22","N","fighter-aircraft","Su-22"),("اس 2","N","fighter-aircraft","S-2")],
160: [("حلوان 300","N","fighter-aircraft","HA-300")],
161: [("هيلفاير","N","anti-tank","AGM-114 Hellfire"),("لونج بو","N","anti-tank","AGM-114L Longbow Hellfire")],
164: [("ايه 4","N","fighter-aircraft","A-4 Skyhawk")],
167: [("الصواريخ عابرة القارات","G","ballistic-missile"),("الصاروخ","G","missile")],
}
out = []
for k, line in enumerate(open('sentences.jsonl', encoding='utf-8')):
    j = json.loads(line)
    ms = []
    for m in G.get(k, []):
        text, kind, cat = m[0], m[1], m[2]
        latin = m[3] if len(m) > 3 else None
        occ = m[4] if len(m) > 4 and m[4] is not None else 0
        pos = -1
        for _ in range(occ + 1):
            pos = j['text'].find(text, pos + 1)
        assert pos >= 0, (k, text)
        ms.append({"start": pos, "end": pos + len(text), "text": text, "generic": kind == "G", "category": cat, "latin": latin})
    ms.sort(key=lambda x: x["start"])
    out.append({"id": j["id"], "source": j["source"], "split": j["split"], "text": j["text"], "mentions": ms})
with open('weapons-gold.jsonl', 'w', encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
import collections
c = collections.Counter((o['split'], m['generic']) for o in out for m in o['mentions'])
print(len(out), c)
