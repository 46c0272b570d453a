"""Regenerate ``display_app/simulator/data/catalogue.json``: the simulator's product list.

Run ``python -m display_app.simulator.counter.tools.make_catalogue``. The output is deterministic
(same input, same pids, skus and barcodes), so the committed JSON only changes when this
list does. Barcodes are EAN-13 with valid check digits under a made-up 94 (New Zealand)
manufacturer prefix; weighed items carry an in-store "2x" barcode and price per kg.

Fields of each product: ``pid`` (int), ``sku`` (str), ``barcodes`` (list of str),
``description``, ``department``, ``price`` (string with cents, tax inclusive; per kg for
weighed items), ``measurement`` ("unit" or "kg").
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "catalogue.json"

# (department, sku prefix, [(description, price), ...]); sizes expanded with "|" below.
UNIT_ITEMS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Dairy", "DAI", [
        ("Anchor Blue Top Milk 1L", "3.19"), ("Anchor Blue Top Milk 2L", "4.79"), ("Anchor Blue Top Milk 3L", "6.49"),
        ("Anchor Lite Milk 2L", "4.89"), ("Anchor Trim Milk 2L", "4.89"), ("Anchor Calci Trim Milk 1L", "3.39"),
        ("Meadow Fresh Original Milk 2L", "4.69"), ("Meadow Fresh Lite Milk 2L", "4.69"),
        ("Lewis Road Creamery Chocolate Milk 750ml", "5.99"), ("a2 Milk Full Cream 2L", "6.29"),
        ("Anchor Butter 500g", "7.49"), ("Lewis Road Creamery Butter 250g", "6.99"), ("Westgold Butter 400g", "8.29"),
        ("Mainland Tasty Cheese 1kg", "14.99"), ("Mainland Colby Cheese 500g", "9.49"), ("Mainland Edam Cheese 1kg", "13.99"),
        ("Mainland Vintage Cheese 250g", "8.49"), ("Kapiti Kikorangi Blue 140g", "9.99"), ("Whitestone Windsor Blue 110g", "8.99"),
        ("Perfect Italiano Parmesan Grated 125g", "5.49"), ("Anchor Sour Cream 250g", "3.29"), ("Meadow Fresh Cream 300ml", "3.99"),
        ("Tararua Cream Cheese 250g", "4.49"), ("Puhoi Valley Feta 200g", "6.49"), ("Anchor Cottage Cheese 250g", "3.99"),
        ("Lewis Road Creamery Salted Butter 250g", "6.99"), ("Zany Zeus Halloumi 200g", "8.49"),
    ]),
    ("Chilled", "CHL", [
        ("Yoplait Greek Style Yoghurt Natural 1kg", "6.99"), ("Yoplait Petit Miam Strawberry 6pk", "4.99"),
        ("Cyclops Organic Natural Yoghurt 1kg", "8.49"), ("The Collective Straight Up Yoghurt 500g", "5.99"),
        ("Fresh'n Fruity Berry Yoghurt 1kg", "5.49"), ("Meadow Fresh Custard Vanilla 1L", "4.29"),
        ("Farmland Fresh Eggs Size 7 12pk", "8.99"), ("Frenz Free Range Eggs Size 7 12pk", "11.49"),
        ("Woodland Free Range Eggs Size 6 10pk", "8.79"), ("Henergy Cage Free Eggs 12pk", "9.49"),
        ("Hellers Classic Sausages 900g", "11.99"), ("Hellers Pork Sausages 500g", "8.49"),
        ("Hellers Streaky Bacon 250g", "6.99"), ("Freedom Farms Middle Bacon 400g", "11.49"),
        ("Hellers Sliced Ham 200g", "5.99"), ("Primo Chicken Breast Sliced 100g", "3.99"),
        ("Tegel Chicken Nuggets 1kg", "13.99"), ("Genoese Basil Pesto 130g", "4.99"),
        ("Delmaine Hummus Classic 200g", "4.29"), ("Sealord Smoked Salmon 100g", "7.99"),
        ("Leggo's Fresh Lasagne Sheets 375g", "5.49"), ("Farrah's Wraps Original 6pk", "4.99"),
    ]),
    ("Bakery", "BAK", [
        ("Tip Top Sandwich White Bread 700g", "3.49"), ("Tip Top Supersoft Wholemeal 700g", "3.69"),
        ("Vogel's Original Mixed Grain 750g", "5.29"), ("Vogel's Sunflower & Barley 750g", "5.29"),
        ("Molenberg Original 700g", "4.99"), ("Freya's Lower Carb Toast 600g", "5.49"),
        ("Ploughmans Wholegrain Goodness 750g", "4.99"), ("Tip Top English Muffins 6pk", "4.49"),
        ("Bakery Butter Croissants 4pk", "5.99"), ("Hot Cross Buns 6pk", "6.49"), ("French Stick Baguette", "2.99"),
        ("Ciabatta Loaf", "4.49"), ("Pita Pockets White 6pk", "3.79"), ("Bakery Cheese Scones 4pk", "5.99"),
        ("Bakery Chocolate Muffins 4pk", "7.49"), ("Bakery Custard Square", "4.50"), ("Bakery Lamington 4pk", "6.49"),
        ("Bakery Mince Pie", "5.20"), ("Bakery Steak & Cheese Pie", "5.20"), ("Bakery Sausage Roll", "3.80"),
    ]),
    ("Pantry", "PAN", [
        ("Sanitarium Weet-Bix 1.2kg", "8.49"), ("Sanitarium Marmite 250g", "6.49"), ("Sanitarium Up & Go Choc 6pk", "8.99"),
        ("Uncle Tobys Oats Quick Sachets 10pk", "5.49"), ("Harraways Rolled Oats 1kg", "5.99"),
        ("Hubbards Fruitful Breakfast 775g", "7.29"), ("Kellogg's Corn Flakes 500g", "6.49"), ("Kellogg's Nutri-Grain 500g", "7.99"),
        ("Pams Rolled Oats 750g", "2.99"), ("Kraft Crunchy Peanut Butter 500g", "5.99"), ("Pic's Peanut Butter Smooth 380g", "7.49"),
        ("Barker's Blackcurrant Jam 500g", "5.49"), ("Anathoth Farm Raspberry Jam 455g", "7.29"), ("Airborne Clover Honey 500g", "9.99"),
        ("Chelsea White Sugar 1.5kg", "3.99"), ("Chelsea Brown Sugar 1kg", "3.79"), ("Chelsea Icing Sugar 500g", "3.29"),
        ("Edmonds Standard Flour 1.5kg", "3.69"), ("Champion High Grade Flour 1.5kg", "4.29"), ("Edmonds Baking Powder 200g", "3.99"),
        ("Sunrice Medium Grain White Rice 2kg", "6.99"), ("Tilda Basmati Rice 1kg", "7.99"), ("San Remo Spaghetti 500g", "2.49"),
        ("San Remo Penne 500g", "2.49"), ("Barilla Fusilli 500g", "3.29"), ("Dolmio Pasta Sauce Tomato & Basil 500g", "4.49"),
        ("Wattie's Baked Beans 420g", "2.29"), ("Wattie's Spaghetti 420g", "2.29"), ("Wattie's Tomato Sauce 560g", "4.79"),
        ("Wattie's Chopped Tomatoes 400g", "1.99"), ("Heinz Big Red Tomato Soup 535g", "3.99"), ("Maggi 2 Minute Noodles Chicken 5pk", "3.99"),
        ("Sealord Tuna in Springwater 185g", "2.99"), ("John West Tuna Olive Oil 95g", "1.99"), ("Pams Chickpeas 400g", "1.29"),
        ("Delmaine Coconut Cream 400ml", "2.49"), ("Kikkoman Soy Sauce 250ml", "4.99"), ("Lea & Perrins Worcestershire 290ml", "5.99"),
        ("Best Foods Real Mayonnaise 405g", "5.99"), ("Mrs Rogers Sea Salt 500g", "3.49"), ("Olivado Extra Virgin Avocado Oil 250ml", "9.99"),
        ("Lupi Extra Virgin Olive Oil 500ml", "11.99"), ("Bell Tea 100 bags", "8.49"), ("Dilmah Tea 100 bags", "7.99"),
        ("Nescafé Classic Coffee 150g", "10.99"), ("Robert Harris Italian Roast Plunger 200g", "9.49"), ("Greggs Instant Coffee 100g", "6.49"),
        ("Milo 750g", "12.99"), ("Cadbury Drinking Chocolate 400g", "6.99"), ("Edmonds Custard Powder 300g", "4.49"),
    ]),
    ("Snacks", "SNK", [
        ("Bluebird Original Chips 150g", "3.29"), ("Bluebird Salt & Vinegar Chips 150g", "3.29"), ("Eta Ripples Ready Salted 150g", "3.29"),
        ("Proper Crisps Sea Salt 140g", "4.49"), ("Doritos Corn Chips Cheese Supreme 170g", "3.99"), ("Grain Waves Sour Cream & Chives 150g", "3.69"),
        ("Cadbury Dairy Milk Chocolate 180g", "4.99"), ("Whittaker's Creamy Milk 250g", "5.99"), ("Whittaker's Dark Ghana 250g", "5.99"),
        ("Whittaker's Jelly Tip 250g", "5.99"), ("Cadbury Pineapple Lumps 185g", "3.99"), ("Rainbow Confectionery Jet Planes 280g", "4.29"),
        ("Pascall Marshmallows 280g", "3.99"), ("Griffin's Toffee Pops 200g", "3.49"), ("Griffin's Gingernuts 250g", "2.99"),
        ("Griffin's Mallowpuffs Original 200g", "4.49"), ("Griffin's Chocolate Chippies 200g", "3.29"), ("Arnott's Tim Tam Original 200g", "4.99"),
        ("Arnott's Shapes BBQ 175g", "3.49"), ("Huntley & Palmers Crackers Rosemary 200g", "3.99"), ("Ernest Adams Fruit Cake 900g", "11.99"),
        ("Mother Earth Baked Oaty Slice 6pk", "4.99"), ("Nice & Natural Nut Bar 6pk", "5.49"), ("Cookie Time Original Chocolate Chunk 110g", "3.00"),
        ("Moro Bar 60g", "2.50"), ("Perky Nana Bar 45g", "2.20"), ("Crunchie Bar 50g", "2.20"), ("Chocolate Fish", "1.50"),
    ]),
    ("Drinks", "DRK", [
        ("Coca-Cola Classic 1.5L", "3.99"), ("Coca-Cola No Sugar 1.5L", "3.99"), ("Coca-Cola Classic Can 330ml", "2.50"),
        ("Sprite 1.5L", "3.49"), ("L&P 1.5L", "3.49"), ("L&P Can 330ml", "2.50"), ("Schweppes Lemonade 1.1L", "2.99"),
        ("Pump Water 750ml", "2.79"), ("Kiwi Blue Still Water 1.5L", "2.49"), ("Charlie's Honest Orange Juice 1L", "5.29"),
        ("Keri Orange Juice 2.4L", "6.99"), ("Just Juice Apple 1L", "3.49"), ("Fresh Up Apple Juice 1L", "3.49"),
        ("Ribena Blackcurrant 1L", "4.99"), ("V Energy Drink 500ml", "3.99"), ("Red Bull Energy Drink 250ml", "3.49"),
        ("Powerade Mountain Blast 750ml", "3.79"), ("Phoenix Organic Lemonade 330ml", "3.29"), ("Kombucha Good Buzz Feijoa 330ml", "4.29"),
        ("Karma Cola 330ml", "3.79"), ("Coconut Water 1L", "5.49"), ("Lewis Road Creamery Coffee Milk 300ml", "3.49"),
    ]),
    ("Frozen", "FRZ", [
        ("Tip Top Vanilla Ice Cream 2L", "7.99"), ("Tip Top Hokey Pokey Ice Cream 2L", "7.99"), ("Kapiti Boysenberry Ice Cream 1L", "12.99"),
        ("Tip Top Trumpet 4pk", "8.49"), ("Memphis Meltdown Ice Cream 4pk", "10.99"), ("Wattie's Peas Frozen 1kg", "4.49"),
        ("Wattie's Mixed Vegetables 1kg", "4.99"), ("McCain Superfries Straight Cut 1kg", "5.49"), ("McCain Hash Browns 1kg", "5.99"),
        ("Sealord Hoki Fish Fillets 450g", "9.99"), ("Birds Eye Fish Fingers 375g", "6.99"), ("Tegel Chicken Tenders 400g", "8.99"),
        ("Dr. Oetker Ristorante Pizza Margherita 295g", "7.99"), ("Pams Frozen Berries 500g", "6.49"), ("Edmonds Flaky Puff Pastry 1kg", "6.99"),
        ("Wattie's Frozen Corn Kernels 1kg", "4.49"), ("Mrs Mac's Mince & Cheese Pie 4pk", "11.99"),
    ]),
    ("Household", "HSE", [
        ("Sorbent Toilet Tissue White 12pk", "9.99"), ("Purex Toilet Tissue 12pk", "10.49"), ("Handee Paper Towels 2pk", "4.99"),
        ("Sorbent Tissues 180pk", "3.79"), ("Finish Quantum Dishwasher Tablets 40pk", "24.99"), ("Palmolive Dishwashing Liquid Lemon 950ml", "4.99"),
        ("Sunlight Dishwashing Liquid 950ml", "3.99"), ("Persil Laundry Powder 1kg", "12.99"), ("Omo Front Loader Liquid 2L", "17.49"),
        ("Fab Fresh Laundry Liquid 2L", "12.49"), ("Comfort Fabric Conditioner 1L", "6.99"), ("Janola Bleach 2.5L", "6.49"),
        ("Jif Cream Cleaner Lemon 500ml", "5.49"), ("Exitmould 500ml", "9.99"), ("Glad Wrap 33m", "4.29"), ("Glad Snaplock Bags Medium 30pk", "3.99"),
        ("Multix Rubbish Bags 30L 20pk", "4.49"), ("Chux Superwipes 10pk", "4.99"), ("Scotch-Brite Scourers 3pk", "3.79"),
        ("Energizer AA Batteries 4pk", "9.99"), ("Duracell AAA Batteries 4pk", "9.99"), ("Pams Foil 10m", "3.29"),
    ]),
    ("Personal Care", "PER", [
        ("Colgate Total Toothpaste 170g", "5.99"), ("Sensodyne Toothpaste Fresh Mint 110g", "9.49"), ("Oral-B Toothbrush Medium", "4.99"),
        ("Palmolive Naturals Shampoo 700ml", "6.99"), ("Pantene Conditioner 375ml", "8.49"), ("Dove Beauty Bar Soap 4pk", "6.49"),
        ("Lux Soap Bar 4pk", "4.99"), ("Rexona Women Deodorant 150g", "6.99"), ("Lynx Africa Body Spray 165ml", "7.99"),
        ("Nivea Creme 150ml", "8.99"), ("Gillette Mach3 Razor Blades 4pk", "19.99"), ("Cancer Society SPF50 Sunscreen 200ml", "16.99"),
        ("Libra Regular Pads 14pk", "4.49"), ("Huggies Ultra Dry Nappies Crawler 48pk", "29.99"), ("Curash Baby Wipes 80pk", "4.99"),
        ("Panadol Tablets 20pk", "5.99"), ("Nurofen Tablets 24pk", "9.99"), ("Band-Aid Plastic Strips 50pk", "6.49"),
    ]),
    ("Pet", "PET", [
        ("Jimbo's Dog Roll 2kg", "9.99"), ("Pedigree Dry Dog Food Beef 3kg", "17.99"), ("Whiskas Cat Food Tuna 12x85g", "10.99"),
        ("Fancy Feast Cat Food Chicken 85g", "1.79"), ("Purina Felix Cat Food 12pk", "12.49"), ("Tux Dog Biscuits 2.5kg", "10.49"),
        ("Catsan Cat Litter 5L", "10.99"),
    ]),
    ("Liquor", "LIQ", [
        ("Speight's Gold Medal Ale 12x330ml", "26.99"), ("Steinlager Classic 12x330ml", "27.99"), ("Lion Red 12x330ml", "22.99"),
        ("Export Gold 12x330ml", "23.99"), ("Garage Project Beer Baroque 440ml", "7.99"), ("Emerson's Pilsner 6x330ml", "21.99"),
        ("Monteith's Golden Lager 6x330ml", "17.99"), ("Oyster Bay Sauvignon Blanc 750ml", "16.99"), ("Villa Maria Private Bin Pinot Gris 750ml", "14.99"),
        ("Brancott Estate Sauvignon Blanc 750ml", "13.99"), ("Church Road Chardonnay 750ml", "18.99"), ("Mud House Pinot Noir 750ml", "19.99"),
        ("Lindauer Classic Brut 750ml", "12.99"), ("Zeffer Apple Cider 6x330ml", "19.99"),
    ]),
    ("Convenience", "CNV", [
        ("NZ Herald Newspaper", "3.50"), ("Otago Daily Times", "3.20"), ("The Listener Magazine", "7.99"),
        ("Lotto Ticket Quick Pick", "15.00"), ("Phone Top Up $20", "20.00"), ("Bic Cristal Pen Blue", "1.50"),
        ("Bic Lighter", "2.99"), ("Greeting Card Birthday", "5.99"), ("Gift Bag Medium", "3.99"),
        ("Ice Bag 2kg", "4.50"), ("Firelighters 24pk", "4.99"), ("Woolly Socks Pair", "12.99"),
    ]),
]

# Fresh produce and meat sold by weight: price per kg. (description, price per kg)
WEIGHED_ITEMS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Produce", "PRO", [
        ("Bananas Cavendish", "3.49"), ("Apples Royal Gala", "4.99"), ("Apples Braeburn", "4.49"), ("Apples Granny Smith", "4.99"),
        ("Pears Packham", "5.99"), ("Kiwifruit Green", "5.49"), ("Kiwifruit Zespri SunGold", "8.99"), ("Mandarins Satsuma", "6.99"),
        ("Oranges Navel", "4.99"), ("Tomatoes Loose", "8.99"), ("Potatoes Agria Loose", "2.99"), ("Kumara Red", "6.99"),
        ("Onions Brown Loose", "2.49"), ("Carrots Loose", "2.79"), ("Grapes Red Seedless", "9.99"), ("Mushrooms White Button", "14.99"),
        ("Capsicums Red", "14.99"), ("Ginger Root", "19.99"),
    ]),
    ("Butchery", "BUT", [
        ("Beef Mince Premium", "18.99"), ("Beef Mince Regular", "14.99"), ("Beef Scotch Fillet Steak", "42.99"), ("Lamb Leg Bone In", "17.99"),
        ("Lamb Loin Chops", "29.99"), ("Pork Belly Roast", "19.99"), ("Chicken Breast Skinless", "16.99"), ("Chicken Thighs Boneless", "15.99"),
        ("Chicken Drumsticks", "8.99"),
    ]),
    ("Deli", "DEL", [
        ("Deli Champagne Ham Shaved", "27.99"), ("Deli Salami Danish", "34.99"), ("Deli Potato Salad", "12.99"),
        ("Deli Coleslaw", "11.99"), ("Deli Olives Kalamata", "24.99"), ("Deli Tasty Cheese Block", "19.99"),
        ("Bulk Scroggin Mix", "24.99"), ("Bulk Raw Almonds", "29.99"), ("Bulk Jelly Beans", "14.99"),
    ]),
]


def ean13(first12: str) -> str:
    """Append the EAN-13 check digit: weights 1,3,1,3... from the left over 12 digits."""
    assert len(first12) == 12 and first12.isdigit()
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def build() -> list[dict]:
    products: list[dict] = []
    pid = 1001
    item_no = 0
    for dep_no, (department, prefix, items) in enumerate(UNIT_ITEMS):
        for n, (description, price) in enumerate(items, start=1):
            item_no += 1
            # 94 + a made-up 5-digit "manufacturer" per department + 5-digit item reference.
            manufacturer = 21000 + 137 * dep_no
            barcode = ean13(f"94{manufacturer:05d}{item_no:05d}")
            products.append({
                "pid": pid, "sku": f"{prefix}{n:04d}", "barcodes": [barcode], "description": description,
                "department": department, "price": price, "measurement": "unit",
            })
            pid += 1
    plu = 4001
    for department, prefix, items in WEIGHED_ITEMS:
        for n, (description, price) in enumerate(items, start=1):
            # In-store variable-measure barcode: 2 + 0 + PLU(5) + 00000 (weight/price filled at the scale).
            products.append({
                "pid": pid, "sku": f"{prefix}{n:04d}", "barcodes": [ean13(f"20{plu:05d}00000")], "plu": str(plu),
                "description": description, "department": department, "price": price, "measurement": "kg",
            })
            pid += 1
            plu += 1
    return products


def main() -> None:
    products = build()
    skus = [p["sku"] for p in products]
    barcodes = [b for p in products for b in p["barcodes"]]
    assert len(set(skus)) == len(skus), "duplicate sku"
    assert len(set(barcodes)) == len(barcodes), "duplicate barcode"
    OUT.write_text(json.dumps({"version": 1, "currency": "NZD", "products": products}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(products)} products to {OUT}")


if __name__ == "__main__":
    main()
