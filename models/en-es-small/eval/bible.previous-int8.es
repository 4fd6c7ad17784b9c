Yo te amiste, dice Jehová. Y dirás: ¿Hasta cuándo nos améis? ¿No de Esaú su hermano Jacob? Así ha dicho Jehová: Yo amé á Jacob;
Y harás testimonio, porque tú has sido sido sido con el principio.
Y Jehová le dijo: Por tanto que cualquiera que fuere tomado en él, la venganza de él será tomada sobre él siete siete. Y Jehová puso por señal de Cain, para que alguno le hallare.
Y oyendo Baasasas, y destruío destruío, y habitó en Tirza.
Habéis plantado. Y ellos han tomado raíz. Y se arrecieron. Y dan frutos. Estás cerca de su boca, y lejos de su corazón.
He aquí, mis siervos cantarán mi gozo de corazón, mas te clamarán para mi corazón, y aullarán por un espíritu de espíritu.
Y aconteció que, á decir á decir al rey, diciendo: AHilías el sacerdote ha entregado un libro á mí. Entonces Moisés le lecó delante del rey.
Y Eleazar hijo de Aarón sacerdote será príncipe de los príncipes de los Levitas, con los que guardan de los que guardan el santuario del santuario.
Estos son las familias de Issachr conforme á los contados, sesenta y sesenta y tres mil.
Mas allí hay una estrella, y á nuestros asnas; Y allí hay pan y vino á mí, y á tu siervo, y á tu siervo que está con tus siervos. No hay ninguna cosa falta.
Y Saúl reconoció la voz de David, y dijo: ¿Es esta voz, mi hijo David? Y David dijo: No es mi voz, mi señor, rey.
Y he aquí, he aquí que yo entrar en el Espíritu á Jerusalem, no sabe que me conocerán allí;
Y todos los que estaban alrededor de ellos con sus manos con vasos de plata, con oro, con buenas cosas, con bestias, y con piedras preciosas, y con todo lo que se ofrecieron.
Para que no tomarán madera de campo, y no cortaron de los cabos; Porque hará fuego con las armas. Y los despojos de los que los despojos, y los descuyen, dicen, dicen el Señor Jehová.
La lengua de los justos es como la plata. El corazón de los malos es de poco.
Yo abriré mi boca en una parábola. Y yo os daré oscuro, diciendo:
Por tanto, pues, tu maldad, y pide Dios, y pide á los pensamientos del corazón de tu corazón para ser perdonados.
Y le preguntó la multitud, diciendo: ¿Qué haremos?
Y no estás en tu prójimo con tu prójimo, y la mujer de tu prójimo.
Entonces Faraón le dijo: Góme de mí! Por tanto, no lo verán más mi rostro; Porque en el día te verás mi rostro.
Porque tú eres nuestro gloria y nuestro gozo.
Y los que estaban sentados en la mesa con él, comenzó á sí: ¿Quién es este que perdonado?
Y el borde del norte era del Jordán. Y el término salió al lado de Jericó en el norte, y salió por el monte al occidente. Salto al desierto de Beth-ven.
Y Adah parió á Esaú á Eliphaz. Y parió la base base de base.
Y dió cada uno de los cambios de ropas, mas á Benjamín, y á los tres de plata y cinco cambios de vestido.
Y tomólos, y enviólos sobre la emisión, y envió sobre lo que había hecho.
Y el término de Nephtalí, desde el oriente hasta la parte del occidente, Manasés, una parte de Manasés.
Y el sebo de lo que diere de sí mismo, y el sebo de las bestias de las bestias, puede usarse por cualquier otro servicio; mas no serás en el camino de él.
Y fué así: Y se levantó por el siguiente día siguiente, y pulse en el huyerto, y se arrrrecó de la zaza de agua, y un arco lleno de agua.
Así ha dicho Jehová Dios de Israel, dice: Ezechas todas las palabras que he hablado en un libro.
(sutó una tribu de mi siervo David, por causa de David y por Jerusalem, la ciudad que yo he escogido de todas las tribus de Israel)
Y Saúl dijo á los Ceneos: Ve, y salga de entre los Amalecitas, porque no te destruiré con ellos; Porque os muestran misericordia á todos los hijos de Israel cuando llegaron de Egipto. Y aconteció que el Kenitas se fué de entre los Amalecitas.
Y tú, y vosotros, y vosotros, y os he pecado, y hecho lo malo en tu delante de tus ojos, para que hablas á ti, y justificados, y os habéis juzgado.
El que es fiel en un poco poco, también en grande. El que está en un poco poco, también también también hay más pequeño en gran manera.
Y entrando en el monte de Olvas, los discípulos vinieron á él, diciendo: Dinos, diciendo: Dinos, ¿No será esto? ¿Qué es la señal de tu venida, y del final?
Regunta, y se alegrará en gran manera, porque grande es tu recompentición en los cielos. Porque cómo se perseguien los profetas que estaban delante de vosotros.
Entonces Zeresa su mujer y todos sus amigos le dijo: Dejad á él una parte de cincuenta codos, y en la mañana, y en la mañana el rey de Mardocho. Y entraron en mí con el rey al rey banco. Estad por amor, así había hecho el galal.
Y sacaronlo. Y él les dijo: ¿Quién es esta imagen y en supersión? Y ellos le dijeron: Ay de las cosas.
Y no tomarás bribebe, porque los ciegos que tienen delante de los justos y por las palabras de los justos.
Mis enemigos hablan mal contra mí: Cuando él morirá, y su nombre?
Para que los despos de tu fe puede ser efecto en la ciencia de todo lo bueno que está en Cristo Jesús.
No te hemos rico. En tu sabiduría, muestra el resto de tu sabiduría.
Y hicieron señales á su padre, lo que le había llamado.
Entonces la herencia clamada, y te mandó: pueblos, pueblos, y lenguas, y lenguas, y lenguas,
Habla á los hijos de Israel, y diles: Cuando tú salieres en la tierra donde te traeren,
Y los discípulos hicieron como Jesús les mandó, y aprotieron la pascua.
La visión de Obadías. Así ha dicho el Señor Jehová sobre Edom. Y oímos nuevas de Jehová, y una otra parte de las gentes se envió entre las gentes, diciendo: Levántate, y se levantará contra ella en la batalla.
Por cuanto has hecho Jehová tu ira, y el Altísimo, y el lugar de tu habitación,
Y como vió á sus vestidos, y díjoles, y dijo: Al, hija mío! Y me has sacado mucho, y tú eres uno de los que me me me arrepro; Porque he abierto mi boca á Jehová, y yo no puedo ir.
Y contendió, y buscando legunidad para librarlos en la multitud de la multitud.
Y después de Amasías había venido de la matado de los hijos de Edom, é hizo los dioses de los hijos de Seir, y las pondrán á sus dioses ajenos, y entólos delante de ellos.
Y por sus ejidos con sus ejidos, y Amon con sus ejidos: cuatro ciudades.
Y el primogénito dijo á los mancebos: El padre es antiguo, y no hay hombre en la tierra para ir en el camino de toda la tierra.
Por favor, por tanto las palabras de Chr y Sichm, hijo de Isor.
En aquel tiempo se llamarán á Jerusalem: Jehová de Trónón; Y todas las gentes se juntarán, para que Jehová es nombre de Jerusalem. Y no andarán más después de la stubnidad de su corazón mal.
¿Quiere visitar todo la mañana, y probarle cada momento?
Ay de la corona de la corona de Ephraim, y á la faz de Ephraim, y á la faz de su hermosura, que está en la cabeza del valle de los que están en el valle de los que están en el vino.
Esta es cómo lo harás. La longitud del arca será tres codos, y su anchura de cincuenta codos, y su altura de treinta codos.
Y el capitán de cincuenta, y la honra, el consejo, y el consejo de los ilililados, y el clárón.
En el cual entendió los ciegos, los ciegos del mundo, de la luz del evangelio, que la luz del evangelio de la gloria de Cristo, el que no es de Dios.
Y nunca un vino un vino á pieles antiguos, ó el vino, ó la piel de la piel, y será destruída, y será destruída, y la piel será destruída.
Y dijo Dios á Abraham: No te ruegos en tus ojos, porque de tu siervo, y por cuanto de tu siervo. En todo lo que os dice: Tú oirás á su voz. Porque tu simiente será nombre por Isaac.
Entonces todos los Judíos se volvieron de todos los altos donde estaban delante de Judá, vinieron á la tierra de Judá, á Gedalías, y á Mizpa, y á gran vino, y á gran fruto.
Las palabras de su boca son iniquidad y engaño. El que tiene sabio, y para hacer bien.
Todas todas las gentes me alrededor, mas en el nombre de Jehová los que los agrandé.
Entonces su mujer le dijo: ¿No te habéis principal tu aflicción? Resuntar Dios, y morirá.
Y él les dijo: No me llamas Naami. Cadame de Mara, porque el Omnipotente ha desolado con mí.
Y fué el primero delante de él, diciendo: Señor, tu mi mina ha hecho dieznas.
Y vino á las puertas de Jerusalem, comenzó á ser oscuro delante de los sábados, y mandó que la puerta del sábado, y mandó que no deberían abrirse hasta el sábado. Y pondré algunos de mis siervos sobre las puertas, así que no se traían en el día del sábado.
Y todos los Israel fueron listados por geniales; Y he aquí, son escritos en el libro de los reyes de Israel. Y Judá fué trasportado á Babilonia para su rebelión.
Al Músico el Señor, para que os abubiráis en amor, y abundéis á los unos, como á todos los hombres, como á ti mismos habéis hechos en vosotros,
Y los caballos que Salomón había sacado de Egipto, y desde Kue. Y los mercaderes del rey de Kuebalos desde K.
Si no se han encontrado la muerte para muerte, le preguntaron Pilato á él.
Y Jesús, siendo resincimientos, tocó sus ojos; Y luego de ellos los ojos de ellos recibieron sus ojos, y le seguían.
Y ofrecerás para la mitad de beber la mitad de vino, por ofrenda encendida de fuego, de olor de suavidad á Jehová.
Mesbab, Jamlech, Josah hijo de Amasías,
Y entrando en una vuelta, diez hombres que estaban conmigo, el que estaba en una distancia.
Y el que está sobre la casa de la casa, no entrarán las cosas que están en su casa.
Para que yo os he venido en gozo de Dios, y juntaré con vosotros.
Porque los cuerpos de las bestias de las bestias, que se traían en el santuario por el sacerdote, como una ofrenda por el pecado, semán fuera del campo.
Y él dijo: Pazumente; Yo he venido para sacrificio á Jehová. Sanctificaros, y vienen con el sacrificio. Y llamó á Isaí, y á sus hijos, y llamólos á sacrificio.
Los que guardan su pacto, á los que se acordan á los mandamientos de sus mandamientos.
El que perdona á todos tus pecados, el que he de todos tus enfermedades,
Y Nebuzarán el capitán de la guardia, Nebusa, Rabsabs, Rabsal, Rabalal, Rabab, y todos los príncipes del rey de Babilonia, y todos los príncipes del rey de Babilonia
El Dios es espíritu, y los que adoran á él, y á los que adoran en espíritu y verdad.
Hono de Jehová con tu subeña, con los primeros de todos tus frutos;
Y espada está sobre los necios, y serán necios. La espada está sobre sus valientes, y serán avergonzados.
Y vivió Jachb, y engendró de Enoch y ocho años, y engendró á otros hijos y hijas.
Pasando por el valle de nosotros, para hacerlo en lugar de fuentes. Y la lluvia cubre la lluvia, y la bendición con las bendicións.
Porque si hacen estas cosas en el árbol verde, ¿qué será hecho en el seco?
Y el que está cerca de la casa de la casa, fué sus vestidos; Y el que comerán en la casa de su casa.
Mas uno de los criados de los mancebos, la mujer de Jacob, diciendo: He aquí David envió mensajeros de la salud del desierto á nuestro señor; Y él ensultólos.
Pablo y Timoth, siervos de Jesucristo, á todos los santos en Cristo Jesús, que son á Felipe, con los siervos, y con los siervos:
Y envió Moisés mensajeros de Kadh, á los de Edom al rey de Edom, diciendo: Tu hermano Israel ha dicho:
Y el pigo, porque tiene un desglose, y es ploquetado, y no petó; mas no es inmundo, es inmundo á vosotros.
Porque yo sé que después de mi repartición, vicié en medio de ti, no entrará en medio de ti.
Así ha dicho el Señor Jehová: Yo también destruiré los ídolos, y yo haré las imágenes de Mephim. No hay más príncipe de la tierra de Egipto. Y pondré un temor en la tierra de Egipto.
¿No oirá el Dios su clamor cuando se entró sobre él?
Y oyendo el sacerdote sacerdote, capitán del templo, y los príncipes de los sacerdotes, fueron oídos estas palabras, y los cuales eran de ellos, y lo que se habían de esto.
Un hombre trotrotro después del primer hombre, y segundo aviso,
Y de ellos también todos los sacerdotes y Levitas, dice Jehová.
Y hijo de Tahath, hijo de Asir, hijo de Ebias, hijo de Cora,
Y viendo los hijos de Israel, dijeron á uno uno: ¿Qué es éste? Porque no conocieron lo que era. Y Moisés les dijo: El pan que Jehová te ha dado á comer.
Porque todo esto he puesto á mi corazón, y á todos los justos: y los sabios y los sabios, y sus obras son en mano de Dios; Si no es amor, ni se conoce, el hombre no sabe; Todos ellos está delante de ellos.
Y te multiplicaste á sus hijos como las estrellas del cielo, y trajélos en la tierra que le dijo á sus padres, para poseerla.
Y partidos de Kadh, y los hijos de Israel, vino toda la congregación, hasta el monte de Hor.
Y aconteció que en la mañana la mañana, se levantó, y se levantó, y se levantóse en desierto, y oró allí, y oró allí.
Y él le dijo: Aun ahora ahora á ella: He aquí nos habéis hecho con nosotros. ¿Qué es para hacer? ¿Quieres ha dicho el rey al rey, ó á los capitanes del ejército? Y él respondió, y dijo: En mi pueblo.
Así ha dicho Jehová de los ejércitos, diciendo: Enojad, y llamaron las mujeres, para que vienen. Envier por las mujeres, para que se vayan.
Los dos ó tres de los profetas hablan, y los otros aplandecuos.
De los cantadores: Eliashib. De los porteros: Sallum, Telem, Telem, y Uri.
El cuerpo no quedará todas las noches sobre el árbol, sino de cierto le darás el mismo día; Porque el que es el que está apurado de Dios. No detalles tu tierra que Jehová tu Dios te da por heredad.
Y ellos no podían contendiendo la sabiduría y el Espíritu que habló por lo que hablaba.
Por tanto, como el Espíritu Santo dice el Espíritu Santo, si oyeres su voz,
Mas el ángel de Jehová no parecer á su mujer, ó á su mujer. Entonces Abraham conoció que el ángel de Jehová era el ángel de Jehová.
Porque yo, oh Jehová, no cambia; Por tanto, tú, hijos de Jacob, no perezcas.
Ahora pues, pues, si has desolído, y justos, en que has hecho Abimelech rey, y si has hecho el rey con Jerobaal, y su casa, y su casa lo que le había hecho conforme á la mano de sus manos.
El hombre es despirito de su gusa, y la posesión de los hombres, y la posesión de los hombres son pedificadas.
Y subió, y puso sobre el niño, y puso su boca sobre su boca, y sus ojos sobre sus ojos, y sus manos sobre sus manos. Y levantóse sobre él; Y el hijo de carne se creció la guerra.
¿No te buscas grandes? No buscas; Porque he aquí, yo haré mal sobre toda carne, dice Jehová: Yo te escaparé con tu vida.
Y como ellos le habían venido, les dijo: Tú sabes de los primeros, desde el primer día en Asia, que yo estaba con todo el tiempo,
Mas si el hombre hallare el hombre que se arregiere en el campo, y la fuerza del campo, y la fuerza con ella, solo el hombre que se pondrán con ella;
El hombre valiente, el hombre de guerra, el cual juzga, el profeta, y el divión,
Y respondiendo él, dijo: Hijo de Jesús, que se llama mi ungido, y dijo á mí, y dijo á mí: Ve, y fué de Silo. Y yo fué, y fué recibido, y he recibido delante de los ojos.
Mas de aquel día ó hora no sabe que ningún ángel, ni á los ángeles en los cielos, ni el Hijo, sino el Padre.
Porque el cual Dios ha enviado á hablar las palabras de Dios; Porque Dios da el Espíritu sin medida.
He aquí que Jehová tu Dios es el cielo, los cielos de los cielos, y la tierra, con todo lo que hay.
Si alguno tiene oído, oiga.
Yo soy pan de vida.
Y ella le dijo: Yo os digo, yo te haré.
Y él le dijo: Por cuanto no os habéis oído la voz de Jehová, he aquí que se partió de mí, como león te mataréis. Y como él se fué de él, se halló de él un león, y le mató.
Quitando de mí los mentiras y mentiras. Dérme no hay riquezas ni riquezas. Y me necesitan con el pan que es necesario para mí,
Yo no pudo tomar todo este pueblo, porque es demasiado grande para mí.
Y á ellos á ellos á ellos á ellos á sus hombres, y díjoles: No temas de los siervos de los Caldeos. Y Dwel en la tierra y sirve al rey de Babilonia, y será bien.
La lengua de la lengua de ellos. Todos los que vean sus cabezas.
Y los que oyeron, dijeron: ¿No puede guardar?
Y pondré en mi corazón, y el que hiciere conforme á mi corazón, y en mi corazón, y en mi corazón. Y edificaré una casa. Y andará delante de mi ungido para siempre.
Y anda muchos como anda, paz y paz sobre ellos, y sobre ellos, y sobre los de Dios de Israel.
Y David dijo: Ve, y pasaron sobre. Y pasaba el Gitita, y todos sus hombres, y todos los niños que estaban con él.
Y conténdo testimonio á todos los que oyen las palabras del libro de este libro: si alguno le añadirá, Dios le añadirá la plaga que está escrito en este libro.
Y llamó su nombre en Israel: La casa de él, la casa de él que tenía su santo.
Porque no es necesario para considerar el hombre, para que fuese delante de Dios en juicio.
O Otros se han acarcarado por escarcarcar, y descogando, y más destañas, y despidados.
Y andó en el camino de la casa de Achb, y hizo lo malo en ojos de Jehová, como la casa de Achb, hijo de Achb, hijo de Achla.
Y Beerah su hijo, al cual Tilgathath-neser rey de Asiria fueron trasportados. Y era príncipe de los Rubénitas.
No á todo el pueblo, sino á testigos que había escogido delante de Dios, para que nos comieron, y bebieron de él después de los muertos.
Porque Dios no es Dios de confuera: mas de paz, como en todas las iglesias de los santos.
Y volvióse sus aguas en sangre, y mató á sus peces.
Y vivió Arpachs treinta años, y engendró á Sela.
Y vino un varón de Dios, y habló al rey de Israel, y dijo: Así ha dicho Jehová: Por cuanto los Siros han venido á los collados de los collados, mas no es el valle, sino que yo te entregaré, y yo te entregaré en tu multitud, y yo soy Jehová.
Y si el hombre comerá cosa cosa santa, añadirá el quinto del quinto, y dará la parte del sacerdote, y dará el sacerdote á el sacerdote.
Y el término de su heredad fué á Zora, y á Erara, Isheme,
Y los sockets de las columnas eran de metal. Y los capiteles de las columnas y sus rellenos de plata. Y los capiteles debajo de plata. Y todas las columnas del atrio había plata de plata.
Mas si el sacerdote mirare, y he aquí no hay en blanco en ella, y no hay que la piel de la piel, sino que el sacerdote es la piel, y el sacerdote es siete días.
Los hijos de Adin, cuatro cincuenta y cincuenta.
Y el rey de la fortaleza del rey también amama á juicio. Haficado especío. Estás juicio y justicia en Jacob.
Y dijo Esther á decir delante del rey, y cayó sobre sus pies, y le rogó con él, y le rogó á la nilla de Haráncha, y su alma que había hecho contra los Judíos, y había hecho contra los Judíos.
Y de su propia voluntad nos dió á la palabra de verdad, para que nosamos un fruto de sus animales.
Y el Naziritará la cabeza de su cabeza en la puerta del tabernáculo del testimonio, toma el peto de la cabeza de su cabeza, y pondrá sobre el fuego que está debajo de los sacrificios de las paces.
Y levanté mis ojos, y he aquí, y he aquí un hombre vestido de lino, el cual era prudido con oro puro.
Y no le dió respuesta, ni una palabra, así lo que el gobernó en gran manera.
Y Jehová, yo te clamaré, porque el fuego de los ejidos del desierto, y la llama de todos los árboles.
¿Qué es mi fortaleza, para que esperar? ¿Qué es mi final, para que yo sea despientado?
El campo está cerrado. La tierra desututas, porque el grano es destruío, y el vino de vino, y el aceite, y el aceite.
Y los hijos de los sacerdotes fueron hallados que habían hallado la casa de los hijos de los hijos de Jesuda, hijo de Jozada, y sus hermanos: Mada, Elias, Eliezer, y Jaezer.
Y las aguas se rectaron de la tierra. Y después de la parte de ciento cincuenta días, y las aguas rectaron.
Y Moisés dijo á su padre-inla, diciendo: Por cuanto el pueblo me ha venido á decir á Dios de Dios.
Este día será una memoria para ti. Y guardarás como una fiesta á Jehová. Y guardarás como una fiesta por tus generaciones para siempre.
Porque tegará de fuego de fuego sobre su cabeza, y Jehová te aprendarás.
No hay muchos días después de los mancebos, se juntaron todos los términos y partidos en una tierra. Y tenía su propiedad con perios vivientes.
Y comenzaron á él á él, diciendo: ¿y qué te haces estas cosas? ¿Y quién te dió esta potestad á estas cosas?
Por lo cual tomó la luz de sus fornicaciones, la tierra se aputó, y la cual contó con piedras, y con piedras con madera.
Y Josué envió; Y vinieron á la emboscada, y se quedóse entre Beth-el y á Bethi, y á la parte del occidente; Y Josué estaba entre el pueblo que la noche.
Y vinieron á Balaam, y díjole: ABalka, hijo de Zipipal, ahora no te ruego que me habéis de venir,
con todos los bajos, y umilidades, con padecuencia, torando con uno en otro amor,
Y reinó Joachb veinte años cuando comenzó á reinar, y reinó seis años en Jerusalem. El nombre de su madre fué Jerara la hija de Sadoc.
Y he aquí, un vino á él, y dijo: Vea, ¿qué lo bueno, para que yo tengo vida eterna?
Baasas hijo de Ahijah, de la casa de Issachr, con él con él, Y Baaaa que le hirió á Gibbethon, que pertenece á los Filisteos; Porque Nadab y todos los Israelitas fueron de Gibebeth.
Y será bajo los reinos de los reinos. No alzará sobre las gentes, ni más más más. Y yo los diminaré, y no serán más reglas sobre las gentes.
¿Está seguro de todo su potencia y de su potencia, y la cuenta de grande, y la cuenta de Mardocho, que el rey de Mardocha, en el libro de las crónicas de las crónicas de las crónicas de los reyes de Persia y de Persia?
Y cuando él había dicho este argumento, se levantó entre los Fariseos y Sarceces, y las crechas fué repartido.
Tomad mi yugo, y aprendíos de mí, porque yo soy gestión y de corazón; Y hallarás por vuestras almas.
Y plantó Jehová Dios un huerto al oriente, y en Eden, y allí había puesto el hombre.
¿Por qué digo? Porque el tiempo no se ha despertado si yo me ha dicho de Gedeón, Samsón, Samsón, José, y á David, y á los profetas, y á Samuel, y á los profetas.
Vosotros sois nuestros letras, escritos en nuestros corazones, y leídos por todos los hombres,
Y Sanbaat y Geshem envió á mí, diciendo: Venid. Y la reunión en la villa de la vuelta en la na de Ono. Mas en mí metieron mal.
El hijo es el mallano de su padre. A la mujer de la mujer de la mujer se arrecer.
Así ha dicho Jehová Dios de Israel: He aquí yo tornaré las armas de la guerra que están en tus manos, con que pele contra ti, y contra el rey de Babilonia, y contra los Caldeos que te sea fuera fuera del muro; Y los juntaré en medio de esta ciudad.
Los contados de David el pueblo que estaban con él, y capitanes de mil y capitanes, y capitanes de ellos.
Porque el reino de Jehová es Jehová. El príncipe sobre las gentes.
Y los príncipes del ejército que estaban sobre los mil, y los capitanes de mil, y los capitanes de ciento, vinieron á Moisés.
Y respondiendo Jesús, y dijo: ¿Fien generación, y desversación, ¿cómo será con vosotros y con vosotros? En tu hijo aquí.
Y una tercera de los animales que estaban en la mar, murió. Y un tercer tercero destruío fueron destruidos.
Mas mi oración, mi oración es, oh Jehová, en tiempo de aceptable. Dios, en la misericordia de tu misericordia, me responderé en la verdad.
Y Jesús, mirando á ellos, dijo: Ay de los hombres, mas no es con Dios, porque todas las cosas son posibles con Dios.
Cuántos los ojos de adulterio, y los que no pueden despertados de pecado, teniendo alma almas de corazón, Ay de los hijos de ingresurados!
Y como Dios destruyó las ciudades destruídas, Dios de Abraham, acordó Abraham, y envió á Lot por medio de las ciudades, cuando habitaban en las ciudades que habitaban.
De cierto os digo, que hablamos, hablamos que sabemos y testimonio de lo que hemos visto, y no recibéis nuestros testigos.
Y Saúl mandó á sus siervos, diciendo: El secreto, y dijo: He aquí el rey, y el rey te ha deligido en ti, y todos sus siervos. Por tanto, pues, hijo del rey-inla.
Y dí tu señor á la casa de tu señor, y tus mujeres en medio de Israel, y te dió la casa de Israel, y de Judá; Y si no haya sido demasiado poco, yo he añadido más de muchas cosas.
Mas toda mujer le preguntará de su prójimo, y de su casa, y de la casa de plata, y vestidos de oro, y vestido de oro. Y pondrás sobre tus hijos, y sobre tus hijas. Y tomarás los Egipcios de Egipto.
Entonces el rey Jehora llamó á Joiada sacerdote, y á los sacerdotes, y á los sacerdotes, y díjoles: ¿Por qué son reparar la casa de la casa? Ahora pues, pues, no más dinero de tus tesoros, mas entregunquela para la casa de la casa.
Y aconteció que como á caballos, á caballos, á caballos de asno, y tropiece de asno, y escuchará con gran gran manera.
Entonces fué desuujese con sus hijos y sus hermanos, y á sus hermanos, y á sus hijos de Judá, y á los hijos de Judá, á la obra de la casa de los hijos de los hijos: y los hijos de sus hermanos, y á sus hermanos, y á los Levitas.
Y he visto un ángel valiente que descendía de los cielos, de nubes de nube. Y la lluvia estaba sobre su cabeza. Y su rostro fué como el sol, y sus pies como columnas de fuego.
Y para traer las primeras frutos de nuestra tierra, y primeros frutos de todos los árboles del año, por la casa de Jehová, á la casa de Jehová;
También si alguno comparado en una corona de adétánticos, la corona no tiene comparado por las reglas de las reglas.
Y las gentes hicieron con un acortado para las cosas que había hablado por Felipe, y vieron las señales que él había hecho.
Y dió uno uno de cinco talentos, á otros dos, á cada uno, á cada uno conforme á superidad. Y salió sobre su camino.
Y los cortados de los sepulcros estaban alrededor de mí. Y fué lazo de la muerte sobre mí.
Y cuando el justo se apartare de su justicia, y la iniquidad, y la iniquidad, y conforme á todas las abominaciones que el impío, ¿quién será siempre? No se ha hecho ningún justo que él se acordará. En su rebelión que tiene pecado, y en su pecado que él ha pecado, morirá.
¿Y ahora ahora ha venido á Jehová contra este lugar para destruirlo? Y díjome Jehová: Ve contra esta tierra, y destruirla.
Y destruiré todas sus bestias desde las aguas juntos de muchas aguas. Y el pie de hombre no se entrrecerá más, ni más de las bestias de la angustia de ellos.
Y el bien, los príncipes de los príncipes que nobles de los pueblos, con las varas, y con sus varas, y con sus varas. Desde el desierto partieron á Mathanah;
Así que el niño se hace conocido por sus obras, si su obra es su obra, y si es la derecha.
Entonces Saúl aprotó á Samuel en la puerta, y dijo: Ruégote que me dijeren: De la casa de donde está la casa de la casa.
Porque la promesa fué á Abraham y á su simiente que él había desarrollado por la ley del mundo, sino por la justicia.
Mas el Dios le resucitado de los muertos;
Y cuando entraron sobre la tierra, vieron un fuego de copas, y con los peces, y en él puso pan.
Y tomó de todas las ciudades de Judá, y los altos del sol y las imágenes del sol; Y el reino estaba en él, y el reino de él.
Y ellos le dijeron hasta que él dijo: Entonces alzaron su voz, y dijeron: Rid la tierra de este compañero, porque es el que vive.
Y Moisés y Aarón salió de Faraón, y Moisés clamó á Jehová á Jehová de la frogra que había traído sobre Faraón.
Y he aquí que allí estaban con ellos sus dos hijos, Ahimaas, hijo de Sadoc, y Jonathán hijo de Jonathán. Enviaré á mí todo lo que oyeres por ellos.
Y fué por causa de las palabras del rey, y su señor vino en la casa del rey. Y dijo el rey, y dijo: Por rey para siempre; No te ha cambiado tus pensamientos, ni tu rostro se ha cambiado.
Dobles: has Coré y todos sus censiones,
Y edificaron casas y en medio de ellos. Y plantarán viñas y comerán su fruto.
Los que fueron nacidos de sangre, ni de la carne, ni de la carne, ni de Dios: mas de Dios.
Ay de él que da á su prójimo, derramando tu prójimo en el vino, hasta que se embriagieres, para que tú seáis en sus cuerpos.
¿Caniste tú el Levita de Leví con un pepeto, ó pulse en su lengua?
¿Canzará una vuelta, ó de la vuelta, ó de suma? Empero mi pueblo me ha olvidado mi pueblo sin número.
Porque el que no conoció por pecado, para ser pecado sobre nuestro Dios, para que en él hemos hecho la justicia de Dios.
No hay oro y la bibiera, mas los labios de ciencia son de ciencia.
Y vino José á sus hermanos, y dejaron á José de su boca, y á los de muchos colores que estaba sobre él;
Y díjoles Judá, y díjoles: Aun es más justo que yo, porque yo no le daré á Sela, hijo mío. Y él conoció más de nuevo.
Y el siervo se postró, y se postró delante de él, diciendo: Señor, he de mí con mí, y yo te daréis todo.
Y hubo nacido á él siete hijos y tres hijas.
En tu misericordia de tus enemigos, y destruiré á todos los que afligan mi alma, porque yo soy tu siervo.
El hombre se entó su cabeza, y adoraron á Jehová.
Estos son las heredades que Moisés distribuieron en los campos de Moab, de la parte del Jordán de Jericó, al oriente.
El que es el furor de ira es grande inteligencia, mas el que tiene pempa.
En aquel que has traído en extranjeros, muchos incircuncisos en corazón, y en la carne, para que en mi santuario, en la casa de mi santuario, cuando ofrecáis mi pan, y la sangre, y el sebo, y la sangre; Y ellos han debrado mi pacto, para añadir todas vuestras abominaciones.
Y los que habitan sobre la tierra, se alegrarán sobre ellos, y se alegrarán. Y darán á uno uno uno á los otros, porque estas dos profetas que habitan en la tierra.
Los hijos de Gidel, los hijos de Gahar, los hijos de Reaías,
Y Samuel dijo al pueblo: No temas. Habéis hecho todo este mal; Mas no se apartare de los siguientes Jehová, sino servir á Jehová tu corazón.
Y si él es pobre, y no se puede tener un hombre, y tomará un cordero para expiación por expiación, para hacer una décima de flor de harina, y una décima de flor de harina amasada con aceite, y aceite con aceite con aceite,
(almente Jesús no se enbatió, sino sus discípulos, sino sus discípulos)
Y él les dijo: Tú eres tú, y vosotros en los ojos de los hombres, mas Dios conocen tu corazón. Porque el cual es ensalzado entre los hombres en los ojos de Dios.
Mas tú eres el mismo. Tus años no tienen fin.
Y un macho cabrío para expiación, además además del holocausto, y su presente, y su presente.
Si el hombre no está en mí, él está echado como una rama y es concierda; Y juntaronlos en fuego, y los quemieron en fuego, y fueron quemados.
Y los que se habían venido á los pánticos, y diólo en la ciudad, y en la tierra. Y el pueblo vino á ver lo que había de ser que se había apendido.
Mas los que se han determinado los ricos en unazo, y lazo, lazo, y muchos escucimientos, y agrandencias, como en gran manera que los hombres se arreplican.
No hay nada. Y no se hallare Dios, sino que todo hombre lijeje. Y como está escrito: A tus palabras para ser justificados en tus palabras, y para que vengas al juicio.
No ocultas de mí tu rostro. No pondrás tu siervo en ira. Habéis sido mi ayuda. No me dejas, ni me dejas, oh Dios de mi salud.
Y en el año en el año de todos tus varones aparecerán delante del Señor Jehová de Israel.
Y tú, hijo de hombre, yo te he puesto á casa de Israel. Por tanto, oye la palabra de mi boca, y les da aviso de mí.
Bienaventurado el Dios Altísimo, el cual ha entregado tus enemigos en tu mano. Y Abram le dió una décima de toda.
Y de los primeros de tu perderezarás por ofrenda. Y la ofrenda de la era de la era de la era, así harálo.
Mas si no era de ellos, ó con su carne, entonces le dará su maldad.
Y Ahitub engendró á Sadoc. Y Sadoc engendró de Sallum.
Y como David había venido á la cumbre, donde Dios se adoraba, y he aquí que Husai, vino á recibir á recibir á su cabeza, y sobre su cabeza.
Mas Dios, el pueblo alrededor de el camino del desierto por el mar Bermejo; Y los hijos de Israel subieron los brazos de la tierra de Egipto.
Mas sus aguas, y son angustiados, aunque los montes sembró de ellos. (Selah.)
Y las aves del cielo, que no semban, ni sembraron, ni segarán, ni se juntarán en barras. Y tus cielos, al Padre, y su Padre. ¿Está más más más más más más que ellos?
Y le rompió, porque él se engrandó contra Jehová. El muro de Moab será en su vuelto, y también también también será en risión.
Y salió Nathán á su casa. Y hirió Jehová el niño que Urías á la mujer de David, y fué á David.
Mas ellos fueron santificados, y llenaron con temor, y desputados que habían visto espíritu.
Y respondiendo él, dijo: El que me di á su mano con el que me entregará.
Entonces el rostro del rey fué cambiado en él, y sus pensamientos le entribó; Y los anillos de sus faldas eran, y sus rodillas, y sus rodillas hirió á otro.
Conforme de los profetas: mi corazón está llenado. Todas mis huesos. Yo soy como un hombre embriagido, y como un hombre que había venido, porque de Jehová, y por cuanto de su santo palabras.
Y pondráse á las gentes para las gentes, y se juntarán las gentes de Israel, y juntarán los cuatro esquinas de la tierra de Judá.
Jehová ha jurado por la prima de Jacob: Ciertamente no olvidaré de sus obras.
Y al oriente, tres puertas, y sobre las puertas del norte, y sobre las puertas del mediodía, y en el occidente tres puertas.
Y como él había dicho esto, y llamó á Mary, y llamó su hermana, diciendo: El Maestro es aquí, y te llama.
Y los que comerán de su fortaleza, destruirá su ejército, y su ejército será descución. Y muchos muertos caerán.
Y confirmaré el trono de tu reino, según el pacto de David tu padre, diciendo: No se ha detenido un hombre en Israel.
Todos tus enemigos han abierto su boca contra ti. Y sus dientes y gnas sus dientes. Y dirán: Nosotros hemos destruido su mano. Ceramente este día es el día que miramos. Se ha encontrado ella. Y hemos visto.
Y la tribu de Benjamín: el príncipe de los hijos de Benjamín será Abida, hijo de Gedeón.
Y cuando él había tomado consejo con el pueblo, y puso á los que estaban en el santuario, y dan alabanzas como el ejército, y dirán delante del ejército, y dice Jehová su misericordia para siempre.
Y he sido en los ríos de los ríos de ríos, por resoluertos de mi tierra, por la tierra de los Gentiles, por la ciudad de los Gentiles, por la ciudad, por la mar, por los hermanos en el desierto;
¿Tues las puertas de la muerte de la muerte? ¿Y habéis visto las puertas de la sombra de la muerte?
Y cuando hubiereis acabado de ti todos los panes de tu tercer año en el tercer año, que es el año de ti, entonces le darás á los extranjeros, á la viuda, y á la viuda, y á la viuda, y á tus puertas, y de comer.
No salieres á los óxores, cuando el grano del grano.
Y él, se ha entregado por el consejo, y para el consejo de Dios, y has tomado por mano de la ley de los hombres, y mató á los hombres;
Empero los sacerdotes, los hijos de Sadoc, los hijos de Sadoc, que han hecho el santuario de los hijos de Israel, se juntaron de mí, hasta que me sirvieren á mí. Y serán delante de mí para ofrecerme el sebo, y la sangre, dice el Señor Jehová.
Porque si nos envimos, por el Señor, por el Señor. Y si nos moriremos á el Señor. Por tanto, si nos vinimos ningún Señor, es el Señor.
Y vinieron á su casa, mas no hallaron más de sus pies, los pies de sus manos, y las palmas de sus manos.
Y á Jehová es Jehová, y á causa de la ciudad, en el monte de nuestro Dios, en su santo monte.
Harás también los linos para cubrir su carne. Y repartiarán de los lomos á los lomos.
Y á Humbles, pues, por mano de Dios, para que te aprendiere en tiempo,
Y cuando Jehová te envió de la barra de Kadnea, diciendo: Ve, y poseeréis la tierra que te he dado, contra el mandamiento de Jehová tu Dios, y no creyéis ningún mandamiento de Jehová, ni le creyó á su voz.
No te pondrás en el impío, contra la habitación de la morada de los justos. No destruiréis su lugar;
Y tomarás algunos de los carneros, el sebo, el sebo que cubre, el se cubre en los dos, y la cubre de los dos, y el sebo, y el sebo, y el sebo que está en el carnero, y el carnero de un carnero, y el carnero de un carnero,
Y dije: Ah Señor Jehová! Y dirán de mí: ¿No habla de hablar?
Y establecen las emboscadas de Israel todos alrededor de Gabaa.
De los hijos de Benjamín, sus generaciones, por sus familias, por sus padres, conforme á la casa de los nombres de los nombres, de veinte años arriba, todos los que podían salir á la guerra:
Y pasará por la mar de aflicción, y herirá las lámparas en la mar, y toda la profundidad de Nilela; Y la prisión de Asiria será sacada, y los cepcios de Egipto serán despro.
Por tanto, y volviere, y volved á tu pecado, para que tus pecados ha venido, para que venga allí desde la presencia del Señor,
Mas ellos secieron el polvo de sus pies contra ellos, y vinieron á Icono.
Para que las misericordias de Dios de los cielos, de este secreto, que Daniel y sus compañeros no perdían con los sabios de los sabios de Babilonia.
Y no le conoció, porque sus manos eran peleados, como sus manos de Esaú su hermano. Y él le bendijo.
En todo, somos dos almas setenta y setenta, en el arca.
Gederoth, Beth-gogon, Naam, Nakah, y Makah; seis ciudades con sus aldeas.
Y los que están muertos con espada, son mayores que los que están muertos con hunger; Porque esto se acontrecó, por lo falta de los frutos del campo.
Y confirmó á Jacob por estatuto perpetuo, y á Israel por pacto eterna,
En el séptimo día, el sacerdote mirará el sacerdote; Y he aquí, si el que se extende en la piel de la piel, y su parece que la piel de la piel, el sacerdote le dará por limpio. Y fué limpio su vestidos, y será limpio.
El que huyee de lados, caerá en el día; Y el que se levantará de la parte del día en lazo, porque yo traeré sobre él, desde Moab, en el año de su visitación, dice Jehová.
Y el Filisteo dijo á David: Venid á mí, y yo daré tu carne á las aves del cielo y á las bestias del campo.
Y Abisua, Naamán, Ahora,
Y el rey de Israel dijo á Josaphat: El hombre es el hombre por el cual nos preguntaremos á Jehová, hijo de Imla, hijo de Imla; Mas yo le aborrece, porque no me profetizan de mí, sino mal. Y Josaphat dijo: No se diga el rey.
Y ellos se han desperperado, con tu año, porque por causa de la gracia de la gracia de Dios en vosotros.
Y dijo el rey á Nathán profeta: He aquí ahora habitaré en casa de cedro, mas Dios de las cortinas en las cortinas.
Y fué veinticinco años cuando comenzó á reinar, y reinó veinte años en Jerusalem. El nombre de su madre fué Abis, hija de Zachría.
¿No, como yo he hecho á Samaria, y á sus ídolos, y á Jerusalem y sus ídolos?
Si alguno pobre, uno de tus hermanos, está contigo dentro de tus puertas en tu tierra que Jehová tu Dios te da, no te haréis de tu corazón, ni te cerrará de tu hermano;
Salto de Mardo, el que nos ha hecho mucho.
Y el quinto vino á la tribu de los hijos de Aser, conforme á sus familias.
El corazón se ha cambiado de los hombres de hombre, y de las bestias del corazón de él. Entonces los siete veces pasaron sobre él.
Yo también te arregaré en tus entrañas. Yo te escargaré cuando os arrecueren,
Y subióse á él, y hiriólo en él, y matólo en el año de Asa, y reinó en su lugar de Judá, y reinó en su lugar.
Porque he aquí viene Jehová con fuego, y sus carros serán como los carros, Para generar su ira con el furor, y su reprensión con llama de fuego.
Y algunos de los hijos de los sacerdotes con trompetas: Zachrías hijo de Jonathán, hijo de Seanías, hijo de Mathanías, hijo de Mica, hijo de Zaur, hijo de Asaph;
Y en el tiempo de ella, he aquí, hercido en su vientre.
Lo demás de todos los hechos de Asa, y todas sus obras, y todas las ciudades que hizo, y las ciudades que hizo escrito en el libro de las crónicas de las crónicas de los reyes de Judá? Empero en el tiempo de su tiempo fué desolado en sus pies.
Y Judá dijo: No guardamos, porque no seas vergenza. He aquí, yo envió este macho cabrío, y tú has hallado.
Porque él ha sacado á los altos, la ciudad, y la ciudad que habitaba. Y cortólo. Y cortó la tierra hasta la tierra. Ello trajo al polvo.
No hay ninguna palabra corrupta de tu boca, pero solamente lo que hace bien bien, para que el que la hubiere de hacer gracia, para oir la gracia á los que oyen á los que oyen.
Porque una gente ha venido sobre mi tierra, y sin número, y sin número. Y sus dientes son los leones de un león, y él tiene el león de un león.
Porque todos los que viven, no es experencia en la palabra de justicia, porque es un babajo.
¿Quién es este rey de gloria? Jehová de los ejércitos es el rey de gloria. (Selah.)
Y los dos compancias de los que dió gracias en la casa de Dios, y la mitad de los príncipes de los príncipes, y la mitad de mí;
Mas ahora, yo digo, yo soy á Jerusalem, y á los santos.
Y vino Amalec, y pelearon con Israel en Rephidim.
Y los que descienden á la mar en las mares, los que hacen en muchas aguas,
Y después de algunos años, yo vino á los pobres para los menesterosos, y ofrenda;
Y levantóse David, y todo el pueblo que estaban con él, y pasaron sobre el Jordán. Por la mañana no hubo quien la luz de ellos los que no habían salido del Jordán.
Mis ojos no se ha de tu palabra. Y dije: Cuando me consolaré?
Y habitarás en la tierra de Gosen, y tú serás á mí, y tus hijos, tus hijos de tus hijos, tus ovejas, y tus ovejas, y todos los que has de ti.
El rey de Tappa, uno de Tam, El rey de Hepher, uno;
Bienaventurado el hombre que hace Jehová su confianza, y no respucie á los soberbios, ni á los que se apartare.
Y conversos, y miré dejas, y mientras es grande grande: Dios es grande en la carne, justificado en el espíritu, habiendo predicado entre las gentes, creyó en las gentes en el mundo, y recibieron en la gloria.
Y ellos clamaron á mí con su corazón, mas ellos en su corazón será. Y se juntaron en gran grano y un vino nuevo. Y volviéronse de mí.
Mas el presente es como el pecado. Porque si por la rebelión de los unos murió la gracia de Dios, y la gracia de Dios por la gracia de la gracia de la gracia del hombre, á Jesucristo, á muchos.
Empero no tomó á cuchillo á cuchillo que estaba en mano de Joab. Y le hirió con él con el cuerpo, y dejó su arco á la tierra, y no le herirá; Y murió. Joab y Abisai su hermano seguió Seba, hijo de Bich.
Y el hombre, señor de la tierra, habló con nosotros con nosotros, y tomónos para las tierras de la tierra.
Y los que estaban en Nehemías, Nehemías, hijo de Hacalías, y Sedechas,
(Por qué sabemos en la tierra de Egipto, y cuántomos por medio de las gentes por medio de las gentes que pasan;
Mas si alguno os ha dicho: Esta era á los ídolos, no comerán por causa de la causa de la cosa que te ha dicho, y por la conciencia de la conciencia. Porque la tierra del Señor es el Señor, con toda su nitud.
Y como me vino, cuando vino de Paddanan, y Rachl con la tierra de Canaán, cuando había allí algunos de la distancia á Ephhath, y sepultaré á Ephath, y sepultaré allí sobre Ephal.
Y la ley de la verdad fué en su boca, y no fué hallado en sus labios. Y anduyóme con paz, y rectos, y volviendo muchos de iniquidad.
La instrucción, y sabios. No se pudo hacerlo.
Porque donde está en los carcas, que está la vuelta á los vultos.
Y Amasías su hijo, Azarías su hijo, Joach hijo,
En el cuarto mes, en el día del mesno, el hambre era hambre en la ciudad, así no hubo pan para el pueblo de la tierra.
¿No de vosotros habéis hecho un negocio contra su prójimo, ir á la ley delante de los santos, y no delante de los santos?
Y en el quinto año de Roboam, y Sichs rey de Egipto vino contra Jerusalem;
Y todo el pueblo se levantó como un hombre, diciendo: Yo de nosotros iré á su tienda, ni ninguno de nosotros se apartará á su casa.
Y si hay hambre en la tierra, si hay pestilencia, si hay caer, ó la langosta, ó langosta, Si sus enemigos serán de sus enemigos en la tierra de sus ciudades; cualquiera que la plaga, ó todo lo que está enfermo.
Y será que cuando cuando los Egipcios, le dirán: Este es su mujer. Y me matarán, mas ellos salvarán vida.
Pablo, una cárcel de Cristo Jesús, y Timoth nuestro hermano, para Filón, amado nuestro amado,
Y respondiendo los Judíos, le respondió: ¿Qué señales que nos mostraréis, vete que estas cosas te hagan estas cosas?
Y tomó el libro del pacto, y le leerá en el pueblo de los pueblos, y dijeron: No ha dicho Jehová, y se ha dicho.
Y si tu ley había sido mi ley, he desolado en mi aflicción.
Y respondiendo él, dijo: Mi señor, rey mío, mi siervo me adjuntó. Porque tu siervo dijo: Yo haréme un asno para mí, para que yo yo yo, y ir con el rey, por cuanto tu siervo es tu siervo.
Y Pablo dijo: Yo ora á Dios, para que con poco, no con pocos, sino todo lo que me oyeres hoy, para que yo soy hoy.
Para abrir los ojos ciegos, para traer la cárcel de la cárcel, y los que se sentan en tinieblas, y los que está en tinieblas.
Haremos en el Señor en el Señor de vosotros, para que haces las cosas, y hacemos las cosas.
He aquí, Rebeca es delante de ti. Tomad á ella, y á su señor, y á la mujer de tu señor, como Jehová ha dicho.
Mis ojos no se ha desar. Mi corazón es angustiado. Mibile está derramado sobre la tierra, porque de la hija de mi pueblo, porque los hijos de mi pueblo, y los hijos en las plazas de la ciudad.
Porque en seis días hizo Jehová el cielo y la tierra, y la mar, y todo lo que está en ellos, y el séptimo día séptimo; Por tanto Jehová bendijo el día del sábado, y hizo lo santo.
Y dijo Nathán á David: ¿No está en todo tu corazón; Porque Dios está con vosotros.
Y será que que huye de la voz del temor del temor, caerá en el día; Y el que viene fuera del medio del día, será tomada en lazo; Porque las ventanas están abiertos, y los fundamentos de la tierra sembró.
Mas si alguno se ignoran, se ignorando.
Y aun en vosotros no sea la ley, para que no espepecáis, personalizadas, ó á cualquiera de los sacerdotes, y Levitas, y Levitas, y los porteros de la casa de Dios, ó de esta casa de Dios.
El sacerdote tomará agua en un vaso de la tierra; Y tomará el sacerdote del polvo que está sobre el tabernáculo del tabernáculo, y pondrá en el agua.
Y dirás á este pueblo: Así ha dicho Jehová: He aquí, yo he puesto delante de la vida y el camino de la muerte.
Y tomó todo el sebo que estaba sobre los sebos, y la cubre de los dos, y los dos kidid, y sus sebos, y sus sebos; Y Moisés lo quemó sobre el altar.
Pregunda tu obra fuera de los campos, y para obtener tus campos. Y después de la casa, edificará tu casa.
Y fué el contenido de Moisés con el hombre. Y dió Moisés su hija Zipha, su hija.
teniendo el mismo mismo conflicto en mí y ahora, oye ahora en mí.
Y algunos de las familias de los hijos de Coath había de sus términos de las tribus de Ephraim.
Estos son los nombres de los hombres que te dividarán la tierra para heredad: Eleazar sacerdote, y Josué hijo de Nun.
De la tribu de los hijos de Dan, y Buki, hijo de Jogli.
Y como ellos estaban en el cotones, les dijo: ¿Por qué eres tú, ¿Por qué nos?
Mas cada uno en su orden: Cristo, los primeros, los que son Cristos en su venida.
Y Jehová dijo á Moisés: He aquí te sueños con tus padres. Y este pueblo se levantará, y reproduciron á los dioses ajenos de la tierra donde entraron entre ellos, y dejaréme entre ellos, y dejaré mi pacto que yo he hecho con ellos.
Y David fué mayor y mayor, que Jehová Dios de los ejércitos, el Dios de los ejércitos estaba con él.
Porque Dios sabe que en el día comerá tus ojos, y tus ojos será abierto, y sabes como Dios.
Y si dijeren: De los hombres de los hombres; porque el pueblo se temen á Juan, y á Juan será profeta.
Y oyó Jesús que le había derrecido, y le hallando, y dijo: ¿No creáis en el Hijo de Dios?
Entonces Jonathán dijo: He aquí que pasaremos á los hombres, y nosotros seremos á ellos.
Esta es la palabra que Jehová ha hablado de él: la hija de Sión te menospreció, y te menospreció. La hija de Jerusalem ha abatado su cabeza en ti.
Consuelves de mi cuenta. Tú has puesto miel en el contenedor de tu contenedor. ¿No están en tu libro?
Y Judas Iscatría, que también le entregan. Y vino en casa.
Y Mathithías, Eliphele, Micía, y Obed-dom, y Jedamiel, y Aziel, con arpas, y arpas, y destruío.
Y tomieron los mares, y los bras, y los vasos, y todos los vasos de metal, y todos los vasos de metal.
Seguirá después de su amor, mas no los arrecerán; Y les buscará, mas no los hallarán. Y dirán: En mi marido, y volverá á mi marido, porque no era más más que ahora.
Y será que cuando se hagan un carnero con los cuernos de carneros, y cuando oyeres el sonido de trompeta, y todo el pueblo con grande: Entonces el muro de la ciudad caerán, y el pueblo saldrá, cada uno en pos de él.
Y el hijo Samuel sirvió á Jehová delante de Eli. Y fué la palabra de Jehová en aquellos días. No hay muchas visións, entonces, entonces no hubo muchas visións.
El que creyen en Dios, los que le ha desucitado de los muertos, y le dió gloria, para que tu fe y la esperanza de Dios sea en Dios.
Y no hay más que estancia que estamos que estamos en el templo, mas también también el templo de la gran manera, y no será contado, y no se construída su gloria, y no adorará todo el mundo, y adorará á todos los que adoran.
Entonces Benaía hijo de Joiada salió, y cayó sobre él, y matólo; Y fué sepultado en su casa en el desierto.
Y yo no vió en ella el templo, porque el Señor Dios es el Omnipotente, y su templo son sus templos.
Y él le hizo sobre los altos de la tierra. Herto el incremento del campo. Y él le agravó mielel de la peña, y aceite de la peña de la peña;
Heriendo la palabra de los que están confiados, y tomarán las inteligencias de los ancianos de los ancianos.
Y el rey Salomón respondió á su madre, diciendo: ¿Por qué te preguntare á Abihasai para Adonita? Y como el reino también, porque él es mi hermano; Y por él, y á Abiathar sacerdote, y á Abiathar sacerdote, y á Joab hijo de Zería.
Y á los que estaban en Aroer, á los que estaban en Siphmoth, á los que estaban en Esmomo,
Y Gesur, y Aram tomó las aldeas de Jair, y con Cenath, y sus aldeas, sesenta y sesenta ciudades. Y todos estos fueron los hijos de Machr padre de Galaad.
Y el que viene después de mí, el que me es preferado delante de mí, el que no es digno despalmo.
Condud á mí tu mano de mí, y no tus temor de mí, y no temas.
Los hijos de Harim: una mil siete.
Yo os mandó en aquel tiempo todas las cosas que os debeis.
Así ha dicho el ángel de la iglesia en Sarisis: El que tiene siete espíritus de Dios, y siete estrellas, dicen estas cosas: He aquí tus obras, que tú has de vida, sino que sois muertos.
Y vió Eliseo, y dió voces: Mi padre mío, y mi padre de Israel, y sus carros. Y él no vió más. Entonces tomó de sus vestidos, y tomólos en dos piezas.
Ni os considera que nos es un hombre que nos desvane, para que el pueblo de la gente, y que todo el pueblo no se perrecáis.
Las puertas del sol en la tierra. El destruío destruío destruío y destruío. El rey y sus príncipes son entre las gentes donde no es la ley. Y ella, no hallará la visión de Jehová de Jehová.
¿Cómo puede dar, Ephraim? ¿Cómo puede mano sobre Israel? ¿Cómo puede hacer como Admah? ¿Cómo puede hacer como Zeboiim? Mi corazón se volvió en medio de mí, mi misericordia es de mí.
Como está escrito en el libro de las palabras de Isaías profeta Isaías: La voz de un clamor en el desierto, y el camino del Señor. Hacer sus trayectos.
Y me subí, y yo seré agotado, y repartiré tus testimonios para tus testimonios.
Y levantó su corazón á aborrecer su pueblo, para con sus siervos.
Cualquiera labios maldó los impíos. Aprentad á la lengua de la lengua de midia.
Y nos damos en alguna cosa, para que nuestro servicio no puede ser bál,
Los hijos de tu hermana te saludan. Amen.
Mas ahora, porque no ha visitado en su furor, ni él tiene gran manera en gran manera,
Los peces que están en el río, y los ríos serán en el río. Y los Egipcios se levantarán á beber agua del río.
En el año treinta y el año de la vida, en el mes segundo, en el mes siete meses, en el día del mes, en todo el día de la gran manera quebra, abrirá las ventanas del cielo, y abrir las ventanas abiertos.
¿No es la sabiduría? ¿No es la voz de la inteligencia?
Y dijo Moisés: Nosotros iremos con nuestros mancebos y con nuestros antiguos. Y nosotros iremos con nuestros hijos y nuestras hijas, con nuestras ovejas y con sus ovejas; Porque debe tener una fiesta á Jehová.
Al Músico también nuestros pueblos aprendieron á recibir las obras, para recibir las cosas que no sean infrudados.
Mas yo confiaré en el Señor que yo me me vencaré.
Y él les dijo: Los reyes de las gentes de la señor sobre ellos, y los que tienen potestad sobre ellos son llamados:
Empero yo he hecho á Esaú, yo he desubirado su secreto, y no será para ocultar. La simiente de su simiente, con sus hermanos y sus hermanos; Y no hay más.
Estos son los que no se amancieron con mujeres, porque son vueltas. Estos son los que siguen el sepulcro de La inversa. Y los redimían por Jesús de entre los hombres, los primeros al fruto á Dios y á Labán.
Por tanto yo le daré una parte con la grande. Y derramará el despojo con el despojo, porque él derramará su alma á la muerte, y con los contados; Mas él parió á los pecados de muchos, é hizo intercesiones para los prevaricadores.
Mas tú dijeres: Si alguno á su padre ó á su madre ó á su madre: ¿Qué tienes recibido de mí, es dado á Dios, para decir á Dios,
Porque así ha dicho el Señor Jehová: Cuando te haré en asolamiento, como las ciudades que no están habitadas, cuando yo te traeré sobre ti, y las aguas te cubre, y te cubre las aguas,
Y David le dijo: ¿Cómo lo hizo? Por favor me digo. Y él respondió, y dijo: El pueblo de la batalla, y muchos de la batalla, y muchos muertos son muertos. Y Saúl y Jonathán su hijo son muertos.
Y vosotros también vosotros, cuando veis todas estas cosas, sabe que está cerca de las puertas, en las puertas.
Así ha dicho el Señor Jehová: Por cuanto Moab, y dirá: He aquí la casa de Judá como todas las gentes,
Mas David seguió, y cuatro hombres, y cuatro hombres; Porque los dos y dos y los que se habían despos, que no podían desponer sobre los arroyos de Beor.
Y el fuego sobre el altar será salvo sobre ella, no saldrá; Y el sacerdote hará holocausto sobre toda la mañana. Y pondráse el holocausto en el sebo, y hará holocausto sobre la paz de los holocaustos.
Y oí un clamor de sus casas cuando te traeren de ellos; Porque han sido dudado á mí, y oculta mis pies para mis pies.
Y como oyeron sus corazóns, he aquí que los hombres de la ciudad, los hombres de la ciudad, los malos de la casa, y sobre la puerta; Y hablaron á la señor de la casa, el hombre viejo, diciendo: Vivez al hombre que vino á tu casa, para que no podemos con él.
Entonces Pedro vino y díjole: Señor, ¿qué de mi hermano contra mí, y he perdonado contra mí? ¿No es posibles siete veces?
(no, pues, de mi mocedad hizo conmigo como á su padre, yo la guía de mi madre,);
Y algunos de los ancianos de Israel vinieron á mí y delante de mí.
Y dijo Isaí á David su hijo: Ahora toma ahora tus hermanos de este epha, y estas diez panes y los diez panes, y los sacaron á tus hermanos á tus hermanos;
Y el resto de Jacob será entre las gentes, entre muchos pueblos, como león entre las bestias de las bestias, como león como león en medio de las ovejas; El que está, si entrare por, y terreces, y no hay quien entregra.
De los días de tus padres te han levantado de mis derechos y no los ha guardado. Devuelve á mí, y yo te volverá á ti, dice Jehová de los ejércitos. Mas vosotros decís: ¿Cómo volveremos?
En el principio de Joacim hijo de Joacim hijo de Josías, rey de Judá, esta palabra de Judá, diciendo:
Y en Israel será tus manos en Israel.
Y entraré en tu templo con holocaustos. Yo despretaré mis votos,
Ay de las mujeres, y mujeres que están en as! Ay de la angustia, Ay! Rayas, haced, y ponedos, y pondrás sacos sobre tus lomos.
Hizo también los diez bases de metal. La longitud de una base de cuatro codos, cuatro codos de anchura, y tres codos.
Y miré á la tierra, y oí una voz, diciendo: ¿Sa tú, pues, ¿por qué me has sido por mí?
Y su posesión fueron siete mil ovejas, tres mil, y cinco mil y cinco bueyes, cinco asnos, y un asno, y un gran casa; Así que este hombre era grande de todos los hijos del oriente.
Y cualquiera que cualquiera parte de sus cabras, era sus vestidos, y será inmundo hasta la tarde.
Y Greetet, y Junia, y mirias, y mis compañeros, que no son entre los apóstoles, los que no estaban en Cristo delante de mí.
Y no habitarán en la tierra de Jehová; Mas Ephraim volverán á Egipto, y comerán comer pan en Asiria.
Por fe los muros de Jericó se cayó trasportados después de los siete días.
Y un hombre sacado á su arco aleatorio, y hirió al rey de Israel entre las armas de las armas. Por tanto dijo á la unidad de su carro: Dejame alrededor de la batalla, y me sacaré de la batalla.
Y los discípulos salieron, como les mandó Jesús,
Por lo cual te habéis dicho en las tinieblas, será oído en luz. ¿Qué habéis hablado en las cámaras en las cámaras de la casa de la casa.
Y las palabras de los sabios oyeron que el clamor de él le reglas de los necios entre los necios.
Así habitaron Israel en la tierra de Amoritas.
He aquí ahora, oh pueblo, sin entendimiento, los que tienen ojos, y no verán oídos, y no oyen:
Y no lo sacare á la puerta del tabernáculo del testimonio para sacrificarlo á Jehová, para que el hombre será cortada de su pueblo.
Los cielos, los cielos, desde arriba, y los gañen la justicia. Al abrir la tierra, para que la saluda, y lo lo que hace justicia con él. Yo Jehová, ha creadolo.
Y los hijos de Israel oyó esto: He aquí los hijos de Rubén y los hijos de Gad y la media tribu de Manasés, y la media tribu de los Cananeos, en la región del Jordán, en la parte del Jordán, en la parte de los hijos de Israel.
He aquí, yo he puesto delante de hoy, y prosperidad, y la muerte, y el mal.
Mas no hay nada que no se ha de ser manifestado, ni se hace que no se ha conocido.
¿No es para los reyes, y no es para beber á los reyes, ni á beber, ni á los príncipes: ¿Dónde está de beber?
Por tanto, tu corazón sea perfecto con Jehová nuestro Dios, para que andar en sus estatutos, y guarda sus mandamientos, como hoy es hoy.
Al Músico andar, como en el día, como en el día; no en revocar y embriavidad, no entrecuidad, y encucidades, y encuencias, y no enscuyeves.
Y habitará en su shadeo. Y enojarán como el grano, y basas como la vid; Y la fragra será como el vino del Líbano.
Y Saúl dijo á sus siervos: He aquí que me ha de mujer que tiene un espíritu de su casa, para ir á ella. Y sus siervos le dijeron: He aquí una mujer que tiene un espíritu que tiene un espíritu á Ador.
El que ninguno de los príncipes de este mundo ha conocido. Porque habían conocido lo que no lo había sido crucificado el Señor de gloria.
Y ofrecerá su ofrenda á Jehová: un cordero de un año sin defecto para holocausto, un cordero de un año sin defecto, sin defecto para expiación por un carnero, sin defecto sin defecto,
¿Quién has desperado y blasfemado? Y alzad á quien has ensalzado tu voz, y alzaste tus ojos en alto? Y otra vez el Santo de Israel.
Así ha dicho el Señor Jehová: En aquel día en aquel día que vendrá en tu corazón, y tú serás mal.
Mostrar el dinero imposición. Y le trajeron á él una dena.
Y Jehová Dios hizo al hombre en un sueño, y el sueño. Y el hombre durmió, tomó uno de su ribera, y cerró la carne en su lugar.
Y estando hablando, he aquí, he aquí Judas, uno de los doce, y con él grande multitud, y con gran multitud de los sacerdotes y de los príncipes de los sacerdotes, y de los ancianos de los sacerdotes.
Este mandamiento le hemos de él, para que ama á Dios á su hermano.
Y vinieron allí en medio de la casa de la casa, como le había detido, y le hirió en el cuerpo; Y Recachenza y Baahah su hermano escapado.
Destrucción y di dividida: Nosotros hemos oído de ella, y de nuestros oídos.
Y si la mujer está dejada, entonces os será limpiado de esto. Sólo no traeréis mi hijo.
Y algunos Sadduces, que dicen que no hay resurrección, vino á él. Y le preguntaron, diciendo:
Y él les llamó en el lugar y proporcionado. Y el día siguiente Pedro se levantó, y salió con ellos, y algunos de los hermanos de Joppppa.
Hizo también muchos apalizados. Y cayeron sobre uno uno á uno. Y dijeron: Levántate! La cual salga á nuestro pueblo, y á la tierra de nuestro vino, desde la espada.
Y cualquiera que tociere á los muertos, el cuerpo de un hombre que murió, y no se puere, y el tabernáculo del tabernáculo de Jehová; Y para que la persona será cortada de Israel; Por cuanto el agua se hacia la furidad de él, no será inmundo. Y su inmundo está sobre él:
Entonces los ojos de los ciegos serán abiertos, y los oídos de los oídos de la infavidad.
No probarte á Cristo, como algunos de ellos se probataron por las serpientes.
Y Jehová tu Dios, que saliere delante de ti, él te peleará, conforme á todo lo que hizo delante de Egipto delante de tus ojos,
Ay de Ariel! Ariel, la ciudad donde David asentaron. Añadir año al año; Está la fiesta de la fiesta;
Y también les dióles testimonios que no eran buenos, y juicios en que no podían.
Y envió Elakim, que estaba sobre la familia, Sebna, y los ancianos de los sacerdotes, y los ancianos de los príncipes de los sacerdotes, á Isaías hijo de Amo.
Y como él le había puesto por la cárcel, le entregó en la cárcel, y le libró de cuatro brazos, cada uno á la guardia, para traerle al pueblo después de la pascua después de la pascua.
Para resplandar sobre los que se sentan en tinieblas y la sombra de muerte; Para guíar nuestros pies en el camino de paz.
Porque he aquí, esta misma cosa, que sois gritos en un camino, lo que lo lo habéis oído en vosotros. Y lo que defenen, endigación, oh temor, Ay, zazaza, y vilíficación. En todo lo que los demonios te arreceste en el negocio.
