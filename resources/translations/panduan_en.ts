<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>BookmarkCard</name>
    <message>
        <location filename="../../ui/bookmarks_view.py" line="+57"/>
        <source>Tulis catatan…</source>
        <translation>Write a note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan untuk %1</source>
        <translation>Note for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location line="-42"/>
        <source>Klaim profil</source>
        <translation>Profile claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil pencarian</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kutipan artikel</source>
        <translation>Article passage</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Simpanan</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simpan klaim profil, hasil pencarian, atau kalimat yang diblok di artikel dengan Ctrl+D (atau klik kanan → «Simpan ke Simpanan»).</source>
        <translation>Save a profile claim, a search result, or a sentence selected in an article with Ctrl+D (or right-click → “Add to Bookmarks”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jenis simpanan</source>
        <translation>Kind of bookmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saring dengan kata…</source>
        <translation>Filter by words…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saring simpanan</source>
        <translation>Filter bookmarks</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Daftar simpanan</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Belum ada yang disimpan.</source>
        <translation>Nothing saved yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada simpanan yang cocok dengan saringan.</source>
        <translation>No bookmark matches the filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dari %2 simpanan</source>
        <translation>%1 of %2 bookmarks</translation>
    </message>
</context>
<context>
    <name>CitationButton</name>
    <message>
        <location filename="../../ui/claims.py" line="+46"/>
        <source>sumber</source>
        <translation>source</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>[%1, %n kutipan]</source>
        <translation>
            <numerusform>[%1, %n quote]</numerusform>
            <numerusform>[%1, %n quotes]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n kutipan tidak ditemukan lagi di artikel</source>
        <translation>
            <numerusform>%n quote no longer found in the article</numerusform>
            <numerusform>%n quotes no longer found in the article</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buka kutipan di artikel: %1</source>
        <translation>Open the quote in the article: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka kutipan di «%1»:
“%2”</source>
        <translation>Open the quote in “%1”:
“%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n kutipan dari artikel %1; buka yang pertama</source>
        <translation>
            <numerusform>%n quote from the article %1; opens it</numerusform>
            <numerusform>%n quotes from the article %1; opens the first</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tekan panah bawah untuk memilih kutipan lain dari artikel ini.</source>
        <translation>Press the down arrow to choose another quote from this article.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kutipan dari «%1»:</source>
        <translation>
            <numerusform>%n quote from “%1”:</numerusform>
            <numerusform>%n quotes from “%1”:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Klik untuk membuka kutipan pertama; klik ▾, klik kanan, atau tekan panah bawah untuk memilih kutipan lain.</source>
        <translation>Click to open the first quote; click ▾, right-click or press the down arrow to choose another.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kutipan dari %1</source>
        <translation>Quotes from %1</translation>
    </message>
</context>
<context>
    <name>ClaimWidget</name>
    <message>
        <location line="+106"/>
        <source>Simpan ke Simpanan (Ctrl+D)</source>
        <translation>Add to Bookmarks (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Catatan editor: %1</source>
        <translation>Editor&apos;s note: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan editor</source>
        <translation>Editor&apos;s note</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../ui/comparison_view.py" line="+68"/>
        <source>Setiap baris membandingkan satu aspek. Tanda «Berbeda» dan «Sebagian sama» menunjukkan perbedaan; klik tanda sumber untuk membaca kutipannya.</source>
        <translation>Each row compares one aspect. The marks “Different” and “Partly the same” show the differences; click a source marker to read its quote.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tabel perbandingan</source>
        <translation>Comparison table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peran pertama</source>
        <translation>First role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran kedua</source>
        <translation>Second role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandingkan:</source>
        <translation>Compare:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dengan</source>
        <translation>with</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tanda perbandingan: %1</source>
        <translation>Comparison mark: %1</translation>
    </message>
</context>
<context>
    <name>GuideMessages</name>
    <message>
        <location filename="../../ui/guide_messages.py" line="+40"/>
        <source>«%1» tidak dapat diimpor: %2.</source>
        <translation>“%1” could not be imported: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paket «%1» tidak dapat dipakai: %2.</source>
        <translation>The pack “%1” cannot be used: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paket «%1» tidak dapat dimuat: %2</source>
        <translation>The pack “%1” could not be loaded: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paket «%1» tidak dapat dibuka: %2</source>
        <translation>The pack “%1” could not be opened: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpustakaan pribadi tidak dapat dibuka: %1</source>
        <translation>The personal library could not be opened: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data bawaan program tidak ditemukan, jadi data dibangun ulang dari artikel sumber di folder Anda.</source>
        <translation>The program&apos;s bundled data was not found, so the data was rebuilt from the source articles in your folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data bawaan program berasal dari versi lain, jadi data dibangun ulang dari artikel sumber di folder Anda.</source>
        <translation>The program&apos;s bundled data comes from another version, so the data was rebuilt from the source articles in your folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder data bawaan program dapat diubah pengguna lain, jadi data dibangun ulang dari artikel sumber di folder Anda.</source>
        <translation>The program&apos;s bundled data folder can be changed by other users, so the data was rebuilt from the source articles in your folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data bawaan program tidak dapat dibaca oleh akun ini, jadi data dibangun ulang dari artikel sumber di folder Anda.</source>
        <translation>The program&apos;s bundled data cannot be read by this account, so the data was rebuilt from the source articles in your folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data bawaan program rusak, jadi data dibangun ulang dari artikel sumber di folder Anda.</source>
        <translation>The program&apos;s bundled data is damaged, so the data was rebuilt from the source articles in your folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jenis berkas ini tidak didukung (yang didukung: %1)</source>
        <translation>this type of file is not supported (supported: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jenis berkas ini tidak didukung</source>
        <translation>this type of file is not supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkasnya tidak ada atau bukan berkas biasa</source>
        <translation>the file does not exist or is not a regular file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkasnya tidak dapat dibuka</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkasnya kosong</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkasnya terlalu besar (%1; paling besar %2)</source>
        <translation>the file is too large (%1; at most %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkasnya terlalu besar (paling besar %1)</source>
        <translation>the file is too large (at most %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pemroses impor tidak dapat dijalankan di komputer ini</source>
        <translation>the import process cannot run on this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berkas ini terlalu lama diproses (lebih dari %1 detik)</source>
        <translation>this file took too long to process (more than %1 seconds)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>teksnya terlalu panjang (lebih dari %1 karakter)</source>
        <translation>the text is too long (more than %1 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas ini memerlukan terlalu banyak memori untuk dibaca (lebih dari %1)</source>
        <translation>reading this file needs too much memory (more than %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strukturnya bersarang terlalu dalam untuk dibaca</source>
        <translation>its structure is nested too deeply to read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkasnya tidak dapat dibaca</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas ini rusak atau tidak dapat dibaca sebagai %1</source>
        <translation>this file is damaged or cannot be read as %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pemrosesan berkas ini gagal dengan hasil yang tidak sah</source>
        <translation>processing this file failed with an invalid result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pemrosesan berkas ini gagal dimulai</source>
        <translation>processing this file could not be started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak ada teks yang bisa dibaca di dalamnya</source>
        <translation>there is no readable text in it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas ini bukan PDF walau namanya berakhiran %1</source>
        <translation>this file is not a PDF although its name ends in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas ini bukan dokumen Word (.docx) walau namanya berakhiran %1</source>
        <translation>this file is not a Word document (.docx) although its name ends in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berkas ini sebenarnya %1, bukan teks, walau namanya berakhiran %2</source>
        <translation>this file is really %1, not text, although its name ends in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>teksnya rusak (pengodean karakter tidak dapat dibaca)</source>
        <translation>the text is damaged (its character encoding cannot be read)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berkas ini berisi data biner, bukan teks</source>
        <translation>this file holds binary data, not text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>halaman web ini kosong atau rusak</source>
        <translation>this web page is empty or damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF ini terenkripsi (berkata sandi)</source>
        <translation>this PDF is encrypted (password-protected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas PDF ini rusak atau bukan PDF yang sah</source>
        <translation>this PDF file is damaged or not a valid PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF ini hasil pindaian tanpa teks (tidak ada teks yang bisa dibaca)</source>
        <translation>this is a scanned PDF with no text (nothing readable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dokumen Word ini rusak (bukan arsip .docx yang utuh)</source>
        <translation>this Word document is damaged (not a complete .docx archive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dokumen Word ini berisi terlalu banyak bagian (%1 bagian; paling banyak %2)</source>
        <translation>this Word document has too many parts (%1 parts; at most %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>isi dokumen Word ini terlalu besar setelah dibuka (%1 MB; paling besar %2 MB)</source>
        <translation>this Word document is too large once unpacked (%1 MB; at most %2 MB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berkas ini bukan dokumen Word (.docx) yang sah</source>
        <translation>this file is not a valid Word document (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dokumen Word ini rusak (sebagian isinya tidak dapat dibuka)</source>
        <translation>this Word document is damaged (part of it cannot be unpacked)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dokumen Word ini memuat definisi entitas XML (&lt;!DOCTYPE&gt;) yang tidak diizinkan</source>
        <translation>this Word document contains XML entity definitions (&lt;!DOCTYPE&gt;), which are not allowed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dokumen Word ini rusak atau bukan berkas .docx</source>
        <translation>this Word document is damaged or not a .docx file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada artikel untuk diekspor.</source>
        <translation>There are no articles to export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isian «%1» tidak sah</source>
        <translation>the field “%1” is invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isinya tidak lengkap (%1 tidak ada)</source>
        <translation>its content is incomplete (%1 is missing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 terlalu besar</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bukan JSON yang sah</source>
        <translation>%1 is not valid JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artikel %1 tidak sah</source>
        <translation>the article %1 is invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artikel %1 tidak punya bagian</source>
        <translation>the article %1 has no sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bagian artikel %1 tidak sah</source>
        <translation>a section of the article %1 is invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blok artikel %1 tidak sah</source>
        <translation>a block of the article %1 is invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teks artikel %1 tidak cocok dengan bagiannya</source>
        <translation>the text of the article %1 does not match its sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkasnya terlalu besar</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isinya terlalu banyak atau terlalu besar</source>
        <translation>it holds too many files or too much data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bukan berkas paket yang utuh</source>
        <translation>it is not a complete pack file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bukan paket Panduan Karier</source>
        <translation>it is not a Panduan Karier pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versi paket %1 tidak dikenal program ini</source>
        <translation>this program does not know pack version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paket tidak berisi artikel</source>
        <translation>the pack holds no articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daftar artikelnya tidak sah</source>
        <translation>its list of articles is invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor artikel «%1» tidak sah atau ganda</source>
        <translation>the article id “%1” is invalid or repeated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artikel %1 rusak (sidik SHA-256 tidak cocok)</source>
        <translation>the article %1 is damaged (its SHA-256 fingerprint does not match)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profil %1 rusak (sidik SHA-256 tidak cocok)</source>
        <translation>profile %1 is damaged (its SHA-256 does not match)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id profil «%1» tidak sah atau ganda</source>
        <translation>the profile id “%1” is invalid or repeated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profil %1 terlalu besar</source>
        <translation>profile %1 is too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profil %1 tidak ada di dalamnya</source>
        <translation>profile %1 is missing from it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profil %1 tidak sah (%2)</source>
        <translation>profile %1 is invalid (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profil %1 memakai id lain (%2)</source>
        <translation>profile %1 uses another id (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daftar profilnya tidak sah</source>
        <translation>its list of profiles is invalid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidak ada artikel guru bernomor «%1».</source>
        <translation>There is no teacher&apos;s article with the id “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpustakaan pribadi kosong: tidak ada artikel untuk diekspor.</source>
        <translation>The personal library is empty: there are no articles to export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profil «%1» mengutip artikel «%2» yang tidak ada di paket ini; sertakan artikel itu atau hapus kutipannya.</source>
        <translation>The profile “%1” quotes the article “%2”, which is not in this pack; include that article or remove the quote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Perpustakaan pribadi %1 sedang diubah oleh program lain. Tunggu sebentar, lalu coba lagi.</source>
        <translation>The personal library %1 is being changed by another program. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indeks pencarian %1 sedang diubah oleh proses lain. Tunggu sebentar, lalu coba lagi.</source>
        <translation>The search index %1 is being changed by another process. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perpustakaan pribadi %1 dibuat oleh versi program yang lebih baru (skema %2); perbarui program ini untuk membukanya.</source>
        <translation>The personal library %1 was made by a newer version of the program (schema %2); update this program to open it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 adalah folder, bukan berkas: tulis nama berkas di dalamnya.</source>
        <translation>%1 is a folder, not a file: give a file name inside it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 adalah berkas, bukan folder: pilih folder lain.</source>
        <translation>%1 is a file, not a folder: choose another folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bukan berkas biasa: pilih nama berkas lain.</source>
        <translation>%1 is not a regular file: choose another file name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama berkas terlalu panjang: pakai nama yang lebih pendek.</source>
        <translation>The file name is too long: use a shorter name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ruang disk penuh (atau kuota habis). Kosongkan ruang, lalu coba lagi.</source>
        <translation>The disk is full (or the quota is used up). Free some space, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ruang disk penuh (atau kuota habis): %1. Kosongkan ruang, lalu coba lagi.</source>
        <translation>The disk is full (or the quota is used up): %1. Free some space, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada izin untuk membuka atau menulis berkas.</source>
        <translation>No permission to open or write the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada izin untuk membuka atau menulis berkas: %1.</source>
        <translation>No permission to open or write the file: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder ini hanya dapat dibaca.</source>
        <translation>This folder is read-only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder ini hanya dapat dibaca: %1.</source>
        <translation>This folder is read-only: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terjadi kesalahan tak terduga (%1): %2.</source>
        <translation>An unexpected error occurred (%1): %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terjadi kesalahan tak terduga (%1).</source>
        <translation>An unexpected error occurred (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>halaman web</source>
        <translation>a web page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>a PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dokumen Word</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas PDF</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas zip (misalnya dokumen Word atau arsip)</source>
        <translation>a zip file (a Word document or an archive, for example)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas zip kosong</source>
        <translation>an empty zip file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>program Windows (.exe)</source>
        <translation>a Windows program (.exe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>program</source>
        <translation>a program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gambar PNG</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gambar JPEG</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gambar GIF</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dokumen Office lama (.doc/.xls/.ppt)</source>
        <translation>an old Office document (.doc/.xls/.ppt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arsip RAR</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arsip 7-Zip</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arsip gzip</source>
        <translation>a gzip archive</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../ui/handout_pdf.py" line="+21"/>
        <source>Sama</source>
        <translation>Same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebagian sama</source>
        <translation>Partly the same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berbeda</source>
        <translation>Different</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya dibahas untuk satu peran</source>
        <translation>Discussed for one role only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keduanya dibahas</source>
        <translation>Both discussed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gaji</source>
        <translation>Salary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurusan</source>
        <translation>Majors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contoh perusahaan</source>
        <translation>Example companies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sumber</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak dibahas di artikel sumber</source>
        <translation>not discussed in the source articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibuat luring dari artikel yang dikutip</source>
        <translation>Made offline from the quoted articles</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="+37"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fungsi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Daftar pintasan keyboard</source>
        <translation>List of keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tombol presentasi dan kuis</source>
        <translation>Keys of the presentation and the quiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jendela</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentasi dan kuis</source>
        <translation>Presentation and quiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Kata dicari berikutnya (pembaca)</source>
        <translation>Next searched word (reader)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata dicari sebelumnya (pembaca)</source>
        <translation>Previous searched word (reader)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ke kotak pencarian (bila tidak sedang mengetik)</source>
        <translation>Go to the search box (when not typing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ke tombol atau tautan berikutnya, sebelumnya</source>
        <translation>To the next or previous button or link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menekan tombol yang sedang dipilih</source>
        <translation>Presses the selected button</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/home_view.py" line="+112"/>
        <source>Panduan Karier</source>
        <translation>Panduan Karier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kenali profesi di balik aplikasi dan situs web. Pilih sebuah peran, cari kata apa saja, atau bandingkan dua peran. Setiap fakta menyebutkan artikel sumbernya.</source>
        <translation>Get to know the professions behind apps and websites. Choose a role, search for any word, or compare two roles. Every fact names the article it comes from.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cari, misalnya: gaji, menyimpan data, skill, front end…</source>
        <translation>Search, for example: salary, database, skill, front end…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cari di semua artikel</source>
        <translation>Search all articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pencarian terakhir:</source>
        <translation>Recent searches:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hapus riwayat</source>
        <translation>Clear history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus riwayat pencarian</source>
        <translation>Clear search history</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bandingkan Backend vs Frontend</source>
        <translation>Compare Backend vs Frontend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lihat artikel sumber</source>
        <translation>View the source articles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mulai dari sini: pilih peran dan baca profilnya, ikuti jalur belajarnya, cek «Apa saya cocok?», lalu simpan yang penting dengan Ctrl+D.</source>
        <translation>Start here: pick a role and read its profile, follow its learning path, try “Is it for me?”, and save what matters with Ctrl+D.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apa saya cocok?</source>
        <translation>Is it for me?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuis kelas</source>
        <translation>Class quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpanan</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cari lagi: %1</source>
        <translation>Search again: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="+70"/>
        <source>Impor paket</source>
        <translation>Import pack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tambah artikel</source>
        <translation>Add articles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keadaan impor</source>
        <translation>Import status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas yang diimpor</source>
        <translation>Files being imported</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kemajuan impor</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v dari %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berhenti setelah berkas yang sedang diimpor</source>
        <translation>Stop after the file being imported now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka artikel pertama yang diimpor di pembaca</source>
        <translation>Open the first imported article in the reader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+77"/>
        <source>menunggu</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Membaca paket «%1»…</source>
        <translation>Reading the pack “%1”…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Mengimpor %n berkas…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Membatalkan: berkas yang sedang diimpor diselesaikan…</source>
        <translation>Cancelling: the file being imported is finished first…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>sedang diimpor…</source>
        <translation>importing…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+119"/>
        <source>ditolak: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-106"/>
        <source>%n artikel dibaca</source>
        <translation>
            <numerusform>%n article read</numerusform>
            <numerusform>%n articles read</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Selesai: %1 diimpor, %2 tidak berubah, %3 ditolak.</source>
        <translation>Done: %1 imported, %2 unchanged, %3 refused.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Dibatalkan: %n berkas tidak diimpor.</source>
        <translation>
            <numerusform>Cancelled: %n file not imported.</numerusform>
            <numerusform>Cancelled: %n files not imported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>diimpor</source>
        <translation>imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tidak berubah</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <location filename="../../ui/loading_view.py" line="+32"/>
        <source>Memuat data panduan…</source>
        <translation>Loading the guide&apos;s data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Data dibangun di folder: %1</source>
        <translation>The data is built in the folder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rincian teknis dicatat di: %1</source>
        <translation>Technical details are logged in: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ruang disk penuh (atau kuota habis), jadi data panduan tidak dapat disiapkan. Kosongkan ruang di disk, lalu pilih Coba lagi.</source>
        <translation>The disk is full (or the quota is used up), so the guide&apos;s data cannot be prepared. Free some disk space, then choose Try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Akun ini tidak punya izin untuk membuka atau menulis data panduan (%1). Minta bantuan admin lab, lalu pilih Coba lagi.</source>
        <translation>This account is not allowed to open or write the guide&apos;s data (%1). Ask the lab admin for help, then choose Try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder data panduan hanya dapat dibaca (%1). Minta bantuan admin lab, lalu pilih Coba lagi.</source>
        <translation>The guide&apos;s data folder is read-only (%1). Ask the lab admin for help, then choose Try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data panduan tidak dapat dibuka. Rincian: %1</source>
        <translation>The guide&apos;s data could not be opened. Details: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data panduan tidak dapat dibuka karena kesalahan tak terduga. Pilih Coba lagi; bila tetap gagal, berikan berkas log kepada admin lab.</source>
        <translation>The guide&apos;s data could not be opened because of an unexpected error. Choose Try again; if it still fails, give the log file to the lab admin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+84"/>
        <location line="+49"/>
        <source>Memuat data…</source>
        <translation>Loading data…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="+38"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maju</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bandingkan</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bandingkan Backend vs Frontend</source>
        <translation>Compare Backend vs Frontend</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/window_views.py" line="+242"/>
        <source>Artikel sumber</source>
        <translation>Source articles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ukuran normal</source>
        <translation>Normal size</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layar penuh</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab profil berikutnya</source>
        <translation>Next profile tab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tab profil sebelumnya</source>
        <translation>Previous profile tab</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Atur ulang untuk siswa berikutnya…</source>
        <translation>Reset for the next student…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Presentasi / mode proyektor</source>
        <translation>Presentation / projector mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profil dan perbandingan sebagai slide, halaman lain diperbesar; layar penuh, kontras tinggi, panah kiri/kanan untuk berpindah</source>
        <translation>Profiles and the comparison as slides, other pages magnified; full screen, high contrast, left/right arrows to move</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tambah artikel…</source>
        <translation>Add articles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tambahkan artikel Anda sendiri (.txt, .md, .html, .pdf, .docx)</source>
        <translation>Add your own articles (.txt, .md, .html, .pdf, .docx)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ekspor paket…</source>
        <translation>Export pack…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan artikel guru sebagai satu berkas paket untuk lab</source>
        <translation>Save the teacher’s articles as one pack file for the lab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impor paket…</source>
        <translation>Import pack…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salin artikel sebuah paket ke perpustakaan pribadi</source>
        <translation>Copy a pack’s articles into the personal library</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus riwayat pencarian</source>
        <translation>Clear search history</translation>
    </message>
    <message>
        <location filename="../../ui/student_actions.py" line="+68"/>
        <source>Simpanan belajar</source>
        <translation>Study notes</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Untuk menyimpan: blok kalimat di artikel, pilih sebuah hasil pencarian, atau arahkan ke sebuah klaim profil, lalu tekan Ctrl+D.</source>
        <translation>To save: select a sentence in an article, pick a search result, or point at a profile claim, then press Ctrl+D.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Disimpan ke Simpanan: %1</source>
        <translation>Bookmarked: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Artikel simpanan ini tidak ada lagi di perpustakaan.</source>
        <translation>The article of this bookmark is no longer in the library.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hapus simpanan</source>
        <translation>Remove bookmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus «%1» dari Simpanan?</source>
        <translation>Remove “%1” from Bookmarks?</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rencana belajarku: %1</source>
        <translation>My study plan: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rencana-belajar-%1</source>
        <translation>Study-plan-%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Atur ulang untuk siswa berikutnya</source>
        <translation>Reset for the next student</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Riwayat pencarian, tampilan terakhir, ukuran teks, tema dan bahasa kembali ke bawaan.</source>
        <translation>Search history, last view, text size, theme and language go back to the defaults.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hapus juga jalur belajar, Simpanan, catatan, dan jawaban «Apa saya cocok?»</source>
        <translation>Also clear the learning path, bookmarks, notes and “Is it for me?” answers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="+8"/>
        <source>Tentang Panduan Karier</source>
        <translation>About Panduan Karier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Proyektor: sebelumnya</source>
        <translation>Projector: previous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proyektor: berikutnya</source>
        <translation>Projector: next</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keluar dari mode proyektor</source>
        <translation>Leave projector mode</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kutip ke profil…</source>
        <translation>Quote in a profile…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jadikan kalimat yang diblok di artikel sebuah klaim profil peran</source>
        <translation>Make the sentence selected in the article a claim of a role profile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ubah profil peran…</source>
        <translation>Edit role profile…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ubah atau hapus klaim profil peran buatan Anda yang sedang dibuka</source>
        <translation>Edit or remove the claims of your own role profile that is open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Salin peran ke perpustakaan saya</source>
        <translation>Copy the role to my library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salin profil peran paket lab yang sedang dibuka, untuk diubah</source>
        <translation>Copy the open lab pack&apos;s role profile, to edit it</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cetak / Simpan PDF…</source>
        <translation>Print / Save PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handout satu halaman dari profil peran atau perbandingan</source>
        <translation>A one-page handout of the role profile or the comparison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kuis kelas…</source>
        <translation>Class quiz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sepuluh pernyataan bersumber: peran mana yang dimaksud?</source>
        <translation>Ten cited statements: which role is it?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simpan ke Simpanan</source>
        <translation>Add to Bookmarks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan kalimat yang diblok, klaim, atau hasil pencarian</source>
        <translation>Save the selected sentence, a claim, or a search result</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simpanan</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jalur belajar</source>
        <translation>Learning path</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apa saya cocok?</source>
        <translation>Is it for me?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cari di artikel… (Ctrl+K atau /)</source>
        <translation>Search the articles… (Ctrl+K or /)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kotak pencarian</source>
        <translation>Search box</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>B&amp;uka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tema</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ikuti sistem</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terang</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gelap</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontras tinggi</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+31"/>
        <source>%1 artikel, %2 profil peran</source>
        <translation>%1 articles, %2 role profiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Menyiapkan data untuk pertama kali. Ini hanya sebentar…</source>
        <translation>Preparing the data for the first time. This only takes a moment…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Memuat data panduan…</source>
        <translation>Loading the guide&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../ui/window_views.py" line="-3"/>
        <source>Perbandingan</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cari: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+175"/>
        <source>Terakhir dicari: %1</source>
        <translation>Searched recently: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bagian: %1 (%2)</source>
        <translation>Section: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cari teks lengkap: «%1»</source>
        <translation>Search the full text: “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Riwayat pencarian dihapus.</source>
        <translation>Search history cleared.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Siap untuk siswa berikutnya.</source>
        <translation>Ready for the next student.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pengaturan tidak dapat disimpan</source>
        <translation>Settings cannot be saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengaturan tidak dapat disimpan: folder pengaturan tidak dapat ditulisi (%1). Tema, bahasa dan ukuran teks berlaku sampai aplikasi ditutup.</source>
        <translation>Settings cannot be saved: the settings folder cannot be written to (%1). Theme, language and text size last until the app is closed.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ukuran teks: %1%</source>
        <translation>Text size: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="+35"/>
        <source>Tentang %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 versi %2
Panduan karier luring tentang profesi Backend dan Frontend Developer, disusun dari lima artikel berbahasa Indonesia.</source>
        <translation>%1 version %2
An offline career guide to the Backend and Frontend Developer professions, compiled from five articles in Indonesian.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="+86"/>
        <source>Tunggu sampai impor atau ekspor yang sedang berjalan selesai.</source>
        <translation>Wait until the running import or export has finished.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Artikel (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Tambah artikel</source>
        <translation>Add articles</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tidak ada berkas yang dapat diimpor (.txt, .md, .html, .pdf, .docx).</source>
        <translation>No file that can be imported (.txt, .md, .html, .pdf, .docx).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+100"/>
        <source>Paket Panduan Karier (*%1)</source>
        <translation>Panduan Karier pack (*%1)</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Impor paket</source>
        <translation>Import pack</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+44"/>
        <location line="+16"/>
        <source>Ekspor paket</source>
        <translation>Export pack</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Belum ada artikel guru untuk diekspor. Tambahkan artikel dulu: Berkas → Tambah artikel…</source>
        <translation>There are no teacher’s articles to export yet. Add articles first: File → Add articles…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Judul paket (siswa melihat judul ini). Artikel guru di dalamnya: %1</source>
        <translation>Pack title (students see it). Teacher’s articles in it: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Paket disimpan: %1
Artikel guru di dalamnya: %2</source>
        <translation>Pack saved: %1
Teacher’s articles in it: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/student_actions.py" line="+4"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mengekspor paket…</source>
        <translation>Exporting the pack…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paket disimpan.</source>
        <translation>Pack saved.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../ui/window_actions.py" line="+9"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hapus artikel guru</source>
        <translation>Remove teacher’s article</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>«%1» dihapus dari perpustakaan pribadi.</source>
        <translation>“%1” removed from the personal library.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Artikel guru dan paket lab tidak dapat dibuka: %1</source>
        <translation>The teacher’s articles and lab packs cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../../ui/key_names.py" line="+18"/>
        <source>Kiri</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanan</source>
        <translation>Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atas</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bawah</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Down</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasi</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/profile_authoring.py" line="+40"/>
        <source>Buka sebuah artikel, blok kalimat yang ingin dikutip, lalu pilih «Kutip ke profil…» (Ctrl+Shift+K).</source>
        <translation>Open an article, select the sentence to quote, then choose “Quote in a profile…” (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dikutip ke profil «%1».</source>
        <translation>Quoted in the profile “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Buka profil peran buatan Anda dulu, lalu pilih «Ubah profil peran…».</source>
        <translation>Open a role profile you made first, then choose “Edit role profile…”.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Buka profil peran dari paket lab dulu, lalu salin.</source>
        <translation>Open a role profile from a lab pack first, then copy it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«%1» disalin ke perpustakaan pribadi; sekarang dapat diubah.</source>
        <translation>“%1” was copied to the personal library; it can now be edited.</translation>
    </message>
    <message>
        <location filename="../../ui/print_handout.py" line="+75"/>
        <source>Buka profil peran atau perbandingan untuk mencetak handout.</source>
        <translation>Open a role profile or the comparison to print a handout.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handout-%1</source>
        <translation>Handout-%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pratinjau: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF tidak tersimpan</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF disimpan: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PathView</name>
    <message>
        <location filename="../../ui/path_view.py" line="+36"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedang dipelajari</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Rencana belajarku (PDF)…</source>
        <translation>My study plan (PDF)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Langkah jalur belajar</source>
        <translation>Learning path steps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jalur belajar: %1</source>
        <translation>Learning path: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 dari %2 langkah selesai</source>
        <translation>%1 of %2 steps done</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../ui/plan_pdf.py" line="+23"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedang dipelajari</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpananku</source>
        <translation>My bookmarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum ada yang disimpan.</source>
        <translation>Nothing saved yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sumber</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rencana belajarku: %1</source>
        <translation>My study plan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibuat %1</source>
        <translation>Made %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jalur belajar: %1 dari %2 langkah selesai</source>
        <translation>Learning path: %1 of %2 steps done</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Catatanku: %1</source>
        <translation>My note: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>…dan %1 simpanan lama lainnya (tidak muat di halaman ini; lihat Simpanan).</source>
        <translation>…and %1 older bookmarks (no room on this page; see Bookmarks).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dibuat luring dari artikel yang dikutip</source>
        <translation>Made offline from the cited articles</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../ui/profile_view.py" line="+47"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2, %3 via %4)</source>
        <translation>%1 (%2, %3 via %4)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nama peran</source>
        <translation>Role name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bagian profil</source>
        <translation>Profile sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab bagian profil</source>
        <translation>Profile section tabs</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Jalur belajar: %1 dari %2 langkah selesai</source>
        <translation>Learning path: %1 of %2 steps done</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Tugas</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Disebut juga: %1</source>
        <translation>Also called: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kisaran gaji menurut sumber dan tahun</source>
        <translation>Salary ranges by source and year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teknologi yang disebut, menurut jumlah artikel</source>
        <translation>Technologies mentioned, by number of articles</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Bagian yang sama pada profil lain:</source>
        <translation>The same section in another profile:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lihat %1: %2</source>
        <translation>See %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Artikel yang dikutip profil ini</source>
        <translation>Articles quoted in this profile</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <location filename="../../ui/comparison_view.py" line="-143"/>
        <source>Sama</source>
        <translation>Same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebagian sama</source>
        <translation>Partly the same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berbeda</source>
        <translation>Different</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya dibahas untuk satu peran</source>
        <translation>Discussed for one role only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keduanya dibahas</source>
        <translation>Both discussed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sama-sama: %1</source>
        <translation>both: %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="-323"/>
        <source>Tidak dibahas di artikel sumber.</source>
        <translation>Not discussed in the source articles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tidak dibahas di artikel sumber</source>
        <translation>not discussed in the source articles</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/selftest.py" line="+104"/>
        <source>Uji mandiri Panduan Karier</source>
        <translation>Panduan Karier self-test</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>QuickFactsBox</name>
    <message>
        <location filename="../../ui/profile_view.py" line="+31"/>
        <location line="+1"/>
        <source>Fakta singkat</source>
        <translation>Quick facts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gaji</source>
        <translation>Salary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teknologi yang paling sering disebut</source>
        <translation>Technologies mentioned most often</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 dari %3 artikel</source>
        <translation>%1 — %2 of %3 articles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jurusan kuliah</source>
        <translation>University majors</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tidak dibahas di artikel sumber</source>
        <translation>not discussed in the source articles</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../ui/quiz_view.py" line="+65"/>
        <source>Pernyataan</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kutipan</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+174"/>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Ulangi dengan soal lain</source>
        <translation>Again with other questions</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Tekan 1 atau 2 untuk menjawab, Enter untuk soal berikutnya.</source>
        <translation>Press 1 or 2 to answer, Enter for the next question.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 atau %2?</source>
        <translation>%1 or %2?</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Lihat perbandingan</source>
        <translation>See the comparison</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Jawab %1</source>
        <translation>Answer %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Belum ada soal untuk dua peran ini: kuis memakai klaim bersumber dari aspek yang berbeda di perbandingan, dan keduanya belum punya.</source>
        <translation>No questions for these two roles yet: the quiz uses cited claims from aspects where the comparison shows a difference, and these two have none.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tekan Enter untuk soal lain.</source>
        <translation>Press Enter for other questions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selesai: %1 soal</source>
        <translation>Done: %1 questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skor: %1 dari %2</source>
        <translation>Score: %1 of %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Soal %1 dari %2 · skor %3</source>
        <translation>Question %1 of %2 · score %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Benar!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belum tepat.</source>
        <translation>Not quite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Jawabannya: %2 (aspek: %3)</source>
        <translation>%1 The answer: %2 (aspect: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kutipan: «%1»</source>
        <translation>Quote: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baca di artikel: %1</source>
        <translation>Read it in the article: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lihat skor</source>
        <translation>See the score</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yang belum tepat:</source>
        <translation>Not right yet:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>…dan %1 lainnya</source>
        <translation>…and %1 more</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sempurna! Semua jawaban benar.</source>
        <translation>Perfect! Every answer was right.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahas lagi yang belum tepat, lalu coba soal lain.</source>
        <translation>Go over the ones that were not right, then try other questions.</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../ui/quote_dialog.py" line="+56"/>
        <source>Kutip ke profil</source>
        <translation>Quote in a profile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«%1»
— dari «%2»</source>
        <translation>“%1”
— from “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kutipan</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kutipan:</source>
        <translation>Quote:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran baru…</source>
        <translation>New role…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama peran baru</source>
        <translation>Name of the new role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nama peran:</source>
        <translation>&amp;Name of the role:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama lain, dipisah koma</source>
        <translation>Other names, separated by commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dipisah koma, boleh kosong</source>
        <translation>separated by commas, may be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama &amp;lain:</source>
        <translation>&amp;Other names:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringkasan satu kalimat</source>
        <translation>One-sentence summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ringkasan:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tab:</source>
        <translation>&amp;Tab:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klaim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Klaim:</source>
        <translation>&amp;Claim:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baris perbandingan</source>
        <translation>Comparison row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Baris perbandingan:</source>
        <translation>Comparison ro&amp;w:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kelompok, boleh kosong</source>
        <translation>Group, may be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kel&amp;ompok:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pernyataan singkat</source>
        <translation>Short statement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pern&amp;yataan:</source>
        <translation>State&amp;ment:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Klaim baru</source>
        <translation>New claim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tambahkan sebagai sumber: %1</source>
        <translation>Add as a source of: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Isi nama peran baru dan ringkasannya.</source>
        <translation>Fill in the new role&apos;s name and its summary.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tulis pernyataan singkatnya.</source>
        <translation>Write the short statement.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Perpustakaan pribadi tidak dapat dibuka.</source>
        <translation>The personal library could not be opened.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Yang sudah ditulis belum disimpan.</source>
        <translation>What you have written is not saved yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanjut menulis</source>
        <translation>Keep writing</translation>
    </message>
</context>
<context>
    <name>QuoteMenuButton</name>
    <message numerus="yes">
        <location filename="../../ui/claims.py" line="-73"/>
        <source>Pilih satu dari %n kutipan: %1</source>
        <translation>
            <numerusform>Choose the %n quote: %1</numerusform>
            <numerusform>Choose one of %n quotes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader_view.py" line="+105"/>
        <source>◀ Kembali</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kembali ke bacaan sebelumnya (Alt+Panah Kiri)</source>
        <translation>Back to the previous reading (Alt+Left Arrow)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maju ▶</source>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maju</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maju ke bacaan berikutnya (Alt+Panah Kanan)</source>
        <translation>Forward to the next reading (Alt+Right Arrow)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jumlah kata yang dicari</source>
        <translation>Number of searched words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>‹ Sebelumnya</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata dicari sebelumnya</source>
        <translation>Previous searched word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ke kata dicari sebelumnya (Shift+F3)</source>
        <translation>Go to the previous searched word (Shift+F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berikutnya ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata dicari berikutnya</source>
        <translation>Next searched word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ke kata dicari berikutnya (F3)</source>
        <translation>Go to the next searched word (F3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Isi artikel</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teks artikel. Pilih teks dengan tetikus atau dengan Shift dan tombol panah.</source>
        <translation>The text of the article. Select text with the mouse, or with Shift and the arrow keys.</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>Kata dicari: %1 dari %2</source>
        <translation>Searched word: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kata dicari: %n</source>
        <translation>
            <numerusform>%n searched word</numerusform>
            <numerusform>%n searched words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reader_document.py" line="+186"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/article_byline.py" line="+45"/>
        <source>Paket lab: %1</source>
        <translation>Lab pack: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artikel guru</source>
        <translation>Teacher’s article</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>diimpor %1</source>
        <translation>imported %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Penerbit: %1</source>
        <translation>Publisher: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penulis: %1</source>
        <translation>Author: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sumber: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanggal: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tanggal tidak disebutkan</source>
        <translation>date not stated</translation>
    </message>
    <message>
        <location filename="../../ui/reader_document.py" line="+129"/>
        <source>Referensi</source>
        <translation>References</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../ui/results_model.py" line="+87"/>
        <source>memuat sebagian kata yang dicari</source>
        <translation>holds only some of the words searched for</translation>
    </message>
</context>
<context>
    <name>RoleCard</name>
    <message>
        <location filename="../../ui/home_view.py" line="-217"/>
        <source>Dibuat guru</source>
        <translation>Made by a teacher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lihat profil %1</source>
        <translation>View the %1 profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jalur belajar</source>
        <translation>Learning path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalur belajar %1</source>
        <translation>Learning path %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Jalur belajar: %1 dari %2 langkah selesai</source>
        <translation>Learning path: %1 of %2 steps done</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gaji: %1</source>
        <translation>Salary: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaji: tidak dibahas di artikel sumber</source>
        <translation>Salary: not discussed in the source articles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teknologi: %1</source>
        <translation>Technologies: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teknologi: tidak dibahas di artikel sumber</source>
        <translation>Technologies: not discussed in the source articles</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <location filename="../../ui/role_editor.py" line="+49"/>
        <source>Ubah peran %1</source>
        <translation>Edit role %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klaim per tab, dengan sumbernya</source>
        <translation>Claims per tab, with their sources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pernyataan klaim yang dipilih</source>
        <translation>Statement of the selected claim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+149"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Hapus peran…</source>
        <translation>Delete role…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+185"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+135"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Pernyataan:</source>
        <translation>Statement:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Peran tanpa klaim tidak dapat disimpan; hapus perannya saja.</source>
        <translation>A role without claims cannot be saved; delete the role instead.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hapus peran</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus peran «%1» beserta semua klaimnya?</source>
        <translation>Delete the role “%1” and all its claims?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanjut mengubah</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <location filename="../../ui/safe_text.py" line="+167"/>
        <source>Menu teks</source>
        <translation>Text menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih semua</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>SalaryChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+54"/>
        <location line="+7"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gaji tidak dibahas di artikel sumber</source>
        <translation>Salary is not discussed in the source articles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grafik gaji</source>
        <translation>Salary chart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Angka per bulan tidak disebutkan di artikel</source>
        <translation>The article does not say the amounts are per month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sumber dan tahun berbeda, jadi tidak bisa dibandingkan langsung</source>
        <translation>the sources and years differ, so they cannot be compared directly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sumbernya berbeda, jadi tidak bisa dibandingkan langsung</source>
        <translation>the sources differ, so they cannot be compared directly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tahunnya berbeda, jadi tidak bisa dibandingkan langsung</source>
        <translation>the years differ, so they cannot be compared directly</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gaji:</source>
        <translation>Salary:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sampai %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2: %3.</source>
        <translation>%1, %2: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/chart_numbers.py" line="+86"/>
        <source>rb</source>
        <comment>ribu (10^3) after a short rupiah amount</comment>
        <translation>thousand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jt</source>
        <comment>juta (10^6) after a short rupiah amount</comment>
        <translation>million</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <comment>miliar (10^9) after a short rupiah amount</comment>
        <translation>billion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <comment>triliun (10^12) after a short rupiah amount</comment>
        <translation>trillion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.</source>
        <comment>thousands separator in amounts: Rp13.000.000</comment>
        <translation>,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>,</source>
        <comment>decimal separator in amounts: Rp7,5 jt</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/search_box.py" line="+89"/>
        <source>Saran pencarian</source>
        <translation>Search suggestions</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../ui/search_view.py" line="+75"/>
        <source>Status pencarian</source>
        <translation>Search status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saring menurut artikel</source>
        <translation>Filter by article</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Artikel:</source>
        <translation>Article:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hasil pencarian</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Semua artikel</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Saring: hanya bagian artikel yang dikutip di profil peran</source>
        <translation>Filter: only the article sections the role&apos;s profile cites</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bagian:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Artikel guru (semua)</source>
        <translation>Teacher’s articles (all)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Semua bagian</source>
        <translation>All sections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dikutip di profil %1</source>
        <translation>Cited in the %1 profile</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n hasil</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (dari %2)</source>
        <translation>%1 (of %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menampilkan hasil untuk «%1». %2</source>
        <translation>Showing results for “%1”. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 untuk «%2».</source>
        <translation>%1 for “%2”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hanya bagian artikel yang dikutip di profil %1.</source>
        <translation>Only the article sections the %1 profile cites.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cari «%1» saja?</source>
        <translation>Search for “%1” instead?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maksud Anda «%1»?</source>
        <translation>Did you mean “%1”?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tidak ada hasil untuk «%1» dengan saringan ini. Pilih «Semua artikel» atau «Semua bagian».</source>
        <translation>No results for “%1” with these filters. Choose “All articles” or “All sections”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tidak ada hasil untuk «%1». Periksa ejaannya, coba kata lain, atau buka profil peran:</source>
        <translation>No results for “%1”. Check the spelling, try another word, or open a role profile:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cari «%1»</source>
        <translation>Search for “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profil %1</source>
        <translation>%1 profile</translation>
    </message>
</context>
<context>
    <name>SelfCheckView</name>
    <message>
        <location filename="../../ui/selfcheck_view.py" line="+33"/>
        <source>Ya, seperti saya</source>
        <translation>Yes, that&apos;s me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebagian</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum seperti saya</source>
        <translation>Not me yet</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Apa saya cocok?</source>
        <translation>Is it for me?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pernyataan di bawah disusun dari apa yang dikatakan artikel sumber tentang Backend Developer. Ini bukan tes psikologi dan tidak memberi nilai atau keputusan: jawab dengan jujur, lalu baca apa kata artikel dan langkah yang bisa kamu latih. Hampir semua hal di sini bisa dipelajari.</source>
        <translation>The statements below come from what the source articles say about Backend Developers. This is not a psychological test and gives no score or verdict: answer honestly, then read what the articles say and the steps you can practise. Almost everything here can be learned.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lihat apa kata artikel</source>
        <translation>See what the articles say</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pernyataan cek diri</source>
        <translation>Self-check statements</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>Perbarui</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../../ui/slide_parts.py" line="+19"/>
        <source>tidak dibahas di artikel sumber</source>
        <translation>not discussed in the source articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semua klaimnya sudah di halaman sebelumnya</source>
        <translation>all its claims are on an earlier page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaji</source>
        <translation>Salary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurusan</source>
        <translation>Majors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teknologi yang sering disebut</source>
        <translation>Technologies named most</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sama</source>
        <translation>Same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebagian sama</source>
        <translation>Partly the same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berbeda</source>
        <translation>Different</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya dibahas untuk satu peran</source>
        <translation>Discussed for one role only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keduanya dibahas</source>
        <translation>Both discussed</translation>
    </message>
    <message>
        <location filename="../../ui/slide_layout.py" line="+150"/>
        <source>sama-sama: %1</source>
        <translation>both: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter: semua klaim (%1 lagi)</source>
        <translation>Enter: every claim (%1 more)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter: semua klaim</source>
        <translation>Enter: every claim</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Semua klaim, halaman %1 dari %2 · Enter: lanjut</source>
        <translation>Every claim, page %1 of %2 · Enter: go on</translation>
    </message>
    <message>
        <location filename="../../ui/slide_view.py" line="+26"/>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentasi: slide pertama / terakhir</source>
        <translation>Presentation: first / last slide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angka</source>
        <translation>A number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentasi: ke slide bernomor itu</source>
        <translation>Presentation: go to the slide with that number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, Spasi</source>
        <translation>Enter, Space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentasi: semua klaim slide ini</source>
        <translation>Presentation: every claim of this slide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentasi: layar hitam, lalu kembali</source>
        <translation>Presentation: black screen, then back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentasi: warna kontras tinggi, terang, gelap</source>
        <translation>Presentation: high contrast, light, dark colours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentasi perbandingan: mulai kuis kelas</source>
        <translation>Comparison presentation: start the class quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuis kelas: jawab peran pertama / kedua</source>
        <translation>Class quiz: answer the first / second role</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Presentasi</source>
        <translation>Presentation</translation>
    </message>
</context>
<context>
    <name>SourceEntry</name>
    <message numerus="yes">
        <location filename="../../ui/source_entry.py" line="+46"/>
        <source>%n kutipan di profil ini</source>
        <translation>
            <numerusform>%n quote in this profile</numerusform>
            <numerusform>%n quotes in this profile</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baca artikel: %1</source>
        <translation>Read the article: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka artikel ini di pembaca</source>
        <translation>Open this article in the reader</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../../ui/sources_view.py" line="+41"/>
        <source>Artikel sumber</source>
        <translation>Source articles</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Daftar artikel sumber</source>
        <translation>List of source articles</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Semua isi panduan ini berasal dari artikel berikut.</source>
        <translation>Everything in this guide comes from the following articles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Artikel guru dan paket lab</source>
        <translation>Teacher’s articles and lab packs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tambah artikel…</source>
        <translation>Add articles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah artikel dari berkas</source>
        <translation>Add articles from files</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tambahkan artikel Anda sendiri (.txt, .md, .html, .pdf, .docx): menu Berkas → Tambah artikel… (Ctrl+O), atau seret berkasnya ke jendela ini. Dari folder yang diseret, hanya berkas di dalamnya yang diambil (tanpa subfolder).</source>
        <translation>Add your own articles (.txt, .md, .html, .pdf, .docx): menu File → Add articles… (Ctrl+O), or drag the files onto this window. From a dragged folder, only the files directly in it are taken (no subfolders).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum ada artikel guru di komputer ini.</source>
        <translation>There are no teacher’s articles on this computer yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dari paket lab: hanya dapat dibaca.</source>
        <translation>From a lab pack: read-only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baca artikel</source>
        <translation>Read the article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baca artikel %1</source>
        <translation>Read the article %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Hapus artikel %1</source>
        <translation>Remove article %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus artikel ini dari perpustakaan pribadi</source>
        <translation>Remove this article from the personal library</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hapus artikel guru</source>
        <translation>Remove teacher’s article</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hapus «%1» dari perpustakaan pribadi? Artikel ini tidak akan muncul lagi di pencarian. Berkas aslinya tidak ikut dihapus.</source>
        <translation>Remove “%1” from the personal library? The article will no longer appear in searches. The original file is not deleted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profil peran yang mengutip artikel ini: %1. Kutipan itu tidak akan ditemukan lagi sampai Anda mengimpor artikelnya kembali.</source>
        <translation>Role profiles that quote this article: %1. Those quotes will not be found until you import the article again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StatementCard</name>
    <message>
        <location filename="../../ui/selfcheck_view.py" line="-113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kata artikel:</source>
        <translation>What the articles say:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>belum dijawab</source>
        <translation>not answered yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawabanmu: %1</source>
        <translation>Your answer: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pelajari lanjut: %1</source>
        <translation>Learn more: %1</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../ui/path_view.py" line="-113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Latihan:</source>
        <translation>Practice:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teknologi: %1</source>
        <translation>Technologies: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Baca di profil: %1</source>
        <translation>Read in the profile: %1</translation>
    </message>
</context>
<context>
    <name>TechChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+28"/>
        <source>%1 dari %2 artikel</source>
        <translation>%1 of %2 articles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Teknologi tidak dibahas di artikel sumber</source>
        <translation>Technologies are not discussed in the source articles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grafik teknologi yang disebut di artikel</source>
        <translation>Chart of the technologies mentioned in the articles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teknologi yang disebut di artikel:</source>
        <translation>Technologies mentioned in the articles:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ditampilkan %1 dari %2 teknologi.</source>
        <translation>Showing %1 of %2 technologies.</translation>
    </message>
</context>
<context>
    <name>TopicLinks</name>
    <message>
        <location filename="../../ui/topic_links.py" line="+50"/>
        <source>Artikel sumber tidak membahas «%1» untuk %2.</source>
        <translation>The source articles do not discuss “%1” for %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hasil di bawah ini menyebut «%1» untuk peran lain.</source>
        <translation>The results below give “%1” for other roles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profil %1: %2</source>
        <translation>%1 profile: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bandingkan %1 dan %2</source>
        <translation>Compare %1 and %2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+62"/>
        <source>Terjadi kesalahan tak terduga; rinciannya dicatat di %1</source>
        <translation>An unexpected error occurred; the details are logged in %1</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <location filename="../../ui/content_labels.py" line="+13"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tugas &amp; Tanggung Jawab</source>
        <translation>Tasks &amp; Responsibilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keahlian</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaji</source>
        <translation>Salary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pendidikan &amp; Jalur Karier</source>
        <translation>Education &amp; Career Path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat Kerja</source>
        <translation>Workplaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitos &amp; Fakta</source>
        <translation>Myths &amp; Facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sumber</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fokus kerja</source>
        <translation>Work focus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tugas utama</source>
        <translation>Main tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teknologi</source>
        <translation>Technologies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekerja dengan</source>
        <translation>Works with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil kerja untuk pengguna</source>
        <translation>What users get from the work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurusan</source>
        <translation>University majors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contoh tempat kerja</source>
        <translation>Example workplaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cara memulai</source>
        <translation>How to start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API</source>
        <translation>APIs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apakah kamu cocok?</source>
        <translation>Is it for you?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahasa pemrograman</source>
        <translation>Programming languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekerja dengan siapa</source>
        <translation>Who they work with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belajar terus</source>
        <translation>Keep learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CI/CD &amp; DevOps</source>
        <translation>CI/CD &amp; DevOps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cara memulai (menurut Startup Campus)</source>
        <translation>How to start (according to Startup Campus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud &amp; serverless</source>
        <translation>Cloud &amp; serverless</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container &amp; orkestrasi</source>
        <translation>Containers &amp; orchestration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contoh perusahaan</source>
        <translation>Example companies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Databases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database dan data</source>
        <translation>Databases and data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definisi</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di mana frontend dibahas</source>
        <translation>Where frontend is discussed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineer atau developer?</source>
        <translation>Engineer or developer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework &amp; lainnya</source>
        <translation>Frameworks &amp; more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil kerjanya</source>
        <translation>What their work delivers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isi tiap artikel</source>
        <translation>What each article covers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurusan dan kualifikasi</source>
        <translation>Majors and qualifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keahlian teknis</source>
        <translation>Technical skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kerja sama</source>
        <translation>Teamwork</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kisaran gaji</source>
        <translation>Salary ranges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menulis kode</source>
        <translation>Writing code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitos dan fakta</source>
        <translation>Myths and facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pelatihan dan bootcamp</source>
        <translation>Training and bootcamps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengujian dan perbaikan</source>
        <translation>Testing and fixing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospek kerja</source>
        <translation>Job prospects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rujukan yang dipakai artikel</source>
        <translation>References the articles use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sejarah singkat</source>
        <translation>A short history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server dan kinerja</source>
        <translation>Servers and performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft skill</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teknologi frontend</source>
        <translation>Frontend technologies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tugas</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version control</source>
        <translation>Version control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yang memengaruhi gaji</source>
        <translation>What affects salary</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../ui/dates.py" line="+12"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
</context>
</TS>
